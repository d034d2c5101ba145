import { useState } from 'react';
import { passwordAdvice } from '../../../preload/contract';
import { TextField } from '../../components/TextField';

/** For a password the administrator chooses for someone else. */
export const nameInPasswordMessage = 'Het wachtwoord mag de gebruikersnaam niet bevatten.';

interface FirstPasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** After the advice on choosing a password: how it reaches the colleague. */
  handOver: string;
  autoFocus?: boolean;
}

/**
 * A password the administrator sets for a colleague, who replaces it at the first login. With
 * "Wachtwoord tonen": the administrator may want to read it back before handing it over.
 */
export function FirstPasswordField({ label, value, onChange, error, handOver, autoFocus }: FirstPasswordFieldProps) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <TextField
        label={label}
        type={shown ? 'text' : 'password'}
        value={value}
        onChange={onChange}
        error={error}
        hint={`${passwordAdvice} ${handOver}`}
        autoComplete="new-password"
        spellCheck={false}
        required
        autoFocus={autoFocus}
      />
      <label className="checkbox-option">
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        <span>Wachtwoord tonen</span>
      </label>
    </>
  );
}
