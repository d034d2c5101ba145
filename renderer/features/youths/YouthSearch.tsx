import { useId } from 'react';

export function YouthSearch({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="field search-field">
      <label htmlFor={id} className="field-label">
        Zoek op naam of roepnaam
      </label>
      <input
        id={id}
        type="search"
        className="field-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
