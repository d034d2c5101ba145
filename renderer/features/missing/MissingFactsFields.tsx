import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { BelongingsField } from './BelongingsField';
import type { FactsDraft } from './factsDraft';

interface MissingFactsFieldsProps {
  value: FactsDraft;
  onChange: <Key extends keyof FactsDraft>(key: Key, next: FactsDraft[Key]) => void;
  /** Keyed by the facts' own fields (`lastSeenAt`, `belongings.other`). */
  errors: Record<string, string>;
  /** Under "Vermissing ontdekt op": in a report it starts at now, later it is a correction. */
  discoveryHint: string;
}

/** Only the moment's facts: everything else the police need comes from the file and the safety plan. */
export function MissingFactsFields({ value, onChange, errors, discoveryHint }: MissingFactsFieldsProps) {
  const change = <Key extends keyof FactsDraft>(key: Key) => (next: FactsDraft[Key]) => onChange(key, next);
  const longText = (key: 'clothing' | 'direction', label: string, hint: string) => (
    <TextAreaField label={label} hint={hint} rows={3} value={value[key]} onChange={change(key)} error={errors[key]} />
  );
  return (
    <>
      <TextField
        label="Vermissing ontdekt op"
        type="datetime-local"
        hint={discoveryHint}
        value={value.discoveredAt}
        onChange={change('discoveredAt')}
        error={errors.discoveredAt}
        required
      />
      <fieldset className="fact-group">
        <legend className="field-label">Laatst gezien</legend>
        <TextField label="Wanneer" type="datetime-local" value={value.lastSeenAt} onChange={change('lastSeenAt')} error={errors.lastSeenAt} />
        <TextField label="Waar" value={value.lastSeenWhere} onChange={change('lastSeenWhere')} error={errors.lastSeenWhere} maxLength={300} />
        <TextField label="Met wie" value={value.lastSeenWith} onChange={change('lastSeenWith')} error={errors.lastSeenWith} maxLength={300} />
      </fieldset>
      {longText('clothing', 'Kleding', 'Wat de jongere aanhad: jas, broek, schoenen, tas, kleuren en merken.')}
      <BelongingsField value={value.belongings} onChange={change('belongings')} errors={errors} />
      {longText('direction', 'Richting of vervoer', 'Welke kant de jongere op ging, en hoe: lopend, fiets, scooter, bus, trein, opgehaald met een auto (kenteken).')}
    </>
  );
}
