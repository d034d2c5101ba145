import type { Location } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import type { Load } from '../../components/useLoad';

interface LocationSelectProps {
  load: Load<Location[]>;
  value: string;
  onChange: (locationId: string) => void;
  error?: string;
  /** The youth's current location, offered even when it is not one of the user's own (emergency access). */
  current?: Location;
}

/** "Locatie of groep": only the locations main allows this user; one location is simply chosen. */
export function LocationSelect({ load, value, onChange, error, current }: LocationSelectProps) {
  const allowed = load.state === 'loaded' ? load.value : [];
  const options = current && !allowed.some((location) => location.id === current.id) ? [current, ...allowed] : allowed;
  const loadError = load.state === 'failed' ? load.message : undefined;
  const none = load.state === 'loaded' && options.length === 0;

  return (
    <SelectField
      label="Locatie of groep"
      value={value}
      onChange={onChange}
      error={error ?? loadError}
      hint={
        none
          ? 'Er is nog geen locatie of groep waar jij jongeren onder mag vastleggen. Vraag de applicatiebeheerder om je aan een locatie te koppelen.'
          : 'Je kunt kiezen uit de locaties en groepen waar jij werkt.'
      }
      disabled={load.state !== 'loaded' || none}
      required
    >
      {load.state === 'loading' && <option value="">Locaties laden…</option>}
      {load.state !== 'loading' && (options.length !== 1 || value === '') && <option value="">Kies een locatie of groep</option>}
      {options.map((location) => (
        <option key={location.id} value={location.id}>
          {location.name}
        </option>
      ))}
    </SelectField>
  );
}
