import { localTodayIso } from '../../preload/contract/isoDate';
import type { FieldErrors } from './fieldErrors';
import { TextField } from './TextField';

/** "Van" and "Tot en met" of a search form: whole days on this PC's calendar, up to today. */
export function DayRangeFields({ from, to, errors, onChange }: { from: string; to: string; errors: FieldErrors; onChange: (field: 'from' | 'to', value: string) => void }) {
  return (
    <>
      <TextField label="Van" type="date" value={from} onChange={(value) => onChange('from', value)} error={errors.from} max={localTodayIso()} />
      <TextField label="Tot en met" type="date" value={to} onChange={(value) => onChange('to', value)} error={errors.to} max={localTodayIso()} />
    </>
  );
}

/** "Zoeken" submits the search form; "Filters wissen" empties it and shows everything again. */
export function FilterActions({ onClear }: { onClear: () => void }) {
  return (
    <div className="form-actions filter-actions">
      <button type="submit" className="button button-primary">
        Zoeken
      </button>
      <button type="button" className="button" onClick={onClear}>
        Filters wissen
      </button>
    </div>
  );
}
