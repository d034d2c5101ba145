import { entityKindLabels, entityKinds, type NetworkEntity } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { youthNodeId } from './graph/graphModel';

/** The select's value for the youth itself (the contract's null); entity ids are UUIDs, so it never clashes. */
export const youthChoice = youthNodeId;

interface EndpointSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  entities: readonly NetworkEntity[];
  /** Offered first when given: the youth, as one end of a link. */
  youthName?: string | undefined;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  autoFocus?: boolean;
}

/** One end of a link: the youth or an entity of the network, grouped by kind. */
export function EndpointSelect({ label, value, onChange, entities, youthName, error, hint, required, autoFocus }: EndpointSelectProps) {
  return (
    <SelectField label={label} value={value} onChange={onChange} error={error} hint={hint} required={required} autoFocus={autoFocus}>
      <option value="">Kies…</option>
      {youthName !== undefined && <option value={youthChoice}>{youthName} (de jongere)</option>}
      {entityKinds.map((kind) => {
        const ofKind = entities.filter((entity) => entity.kind === kind);
        return (
          ofKind.length > 0 && (
            <optgroup key={kind} label={entityKindLabels[kind]}>
              {ofKind.map((entity) => (
                <option key={entity.id} value={entity.id}>
                  {entity.label}
                </option>
              ))}
            </optgroup>
          )
        );
      })}
    </SelectField>
  );
}
