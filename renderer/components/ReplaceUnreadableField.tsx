import { useId } from 'react';

interface ReplaceUnreadableFieldProps {
  /** What will be replaced, in the user's words: "Contacten, Medisch en medicatie". */
  parts: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

/**
 * The confirmation a save needs before it may replace stored data this version could not read.
 * Marked invalid when missing, so a refused save puts the focus here with its message read out.
 */
export function ReplaceUnreadableField({ parts, checked, onChange, error }: ReplaceUnreadableFieldProps) {
  const errorId = useId();
  return (
    <div className="field">
      <label className="checkbox-option">
        <input
          type="checkbox"
          required
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <span>
          Ik begrijp dat de onleesbare onderdelen ({parts}) worden vervangen door wat ik nu invul
          <span className="required-marker" aria-hidden="true">
            {' '}
            *
          </span>
        </span>
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
