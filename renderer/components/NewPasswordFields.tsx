import { passwordAdvice } from '../../preload/contract';
import { TextField } from './TextField';

export const passwordRepeatMismatch = 'De twee wachtwoorden zijn niet hetzelfde.';

interface NewPasswordFieldsProps {
  /** "Wachtwoord" or "Nieuw wachtwoord"; the second field is "Herhaal …". */
  label: string;
  password: string;
  repeat: string;
  onPasswordChange: (value: string) => void;
  onRepeatChange: (value: string) => void;
  passwordError?: string | undefined;
  repeatError?: string | undefined;
}

/** A new password typed twice, with the advice on choosing one under the first field. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={props.label}
        type="password"
        value={props.password}
        onChange={props.onPasswordChange}
        error={props.passwordError}
        hint={passwordAdvice}
        autoComplete="new-password"
        required
      />
      <TextField
        label={`Herhaal ${props.label.toLowerCase()}`}
        type="password"
        value={props.repeat}
        onChange={props.onRepeatChange}
        error={props.repeatError}
        autoComplete="new-password"
        required
      />
    </>
  );
}
