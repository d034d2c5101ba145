/** Disabled while the call runs, so a slow key derivation cannot be started twice. */
export function SubmitButton({ label, busy }: { label: string; busy: boolean }) {
  return (
    <button type="submit" className="button button-primary" disabled={busy}>
      {busy ? 'Bezig…' : label}
    </button>
  );
}
