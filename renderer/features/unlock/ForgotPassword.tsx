import { useId, useState } from 'react';

/** What to do without a password: ask the administrator, or (administrators) use the recovery key. */
export function ForgotPassword({ onUseRecoveryKey }: { onUseRecoveryKey: () => void }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();

  return (
    <div className="disclosure">
      <button type="button" className="link-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        Wachtwoord vergeten?
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        <p>
          Vraag de applicatiebeheerder om je wachtwoord opnieuw in te stellen. Je logt dan in met een tijdelijk
          wachtwoord en kiest daarna zelf een nieuw.
        </p>
        <p>
          Ben je beheerder en weet niemand meer een beheerderswachtwoord? Gebruik dan de herstelsleutel die bij het
          inrichten van Waakzaam is afgedrukt of opgeschreven.
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onUseRecoveryKey}>
            Herstellen met de herstelsleutel
          </button>
        </div>
      </div>
    </div>
  );
}
