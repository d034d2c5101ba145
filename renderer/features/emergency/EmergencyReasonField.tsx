import { emergencyReasonMinLength } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';

interface EmergencyReasonFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** The written reason the aandachtsfunctionaris reviews afterwards; nothing is filled in for the user. */
export function EmergencyReasonField({ value, onChange, error }: EmergencyReasonFieldProps) {
  return (
    <TextAreaField
      label="Waarom heb je dit dossier nu nodig?"
      hint="Schrijf het concreet op, bijvoorbeeld: ‘Sanne is sinds 22:00 vermist; de politie vraagt om haar signalement.’"
      value={value}
      onChange={onChange}
      error={error}
      minCharacters={emergencyReasonMinLength}
      maxLength={1000}
      required
    />
  );
}
