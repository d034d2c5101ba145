/** For a password the administrator chooses for someone else. */
export const nameInPasswordMessage = 'Het wachtwoord mag de gebruikersnaam niet bevatten.';

/** "Wachtwoord tonen": the administrator may want to read back a first password before handing it over. */
export function PasswordVisibility({ shown, onChange }: { shown: boolean; onChange: (shown: boolean) => void }) {
  return (
    <label className="checkbox-option">
      <input type="checkbox" checked={shown} onChange={(event) => onChange(event.target.checked)} />
      <span>Wachtwoord tonen</span>
    </label>
  );
}
