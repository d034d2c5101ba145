import { Dialog } from '../components/Dialog';

interface SwitchUserPromptProps {
  onSwitch: () => void;
  onCancel: () => void;
}

/** Asked before "switch user" when a form on screen holds input that was not saved. */
export function SwitchUserPrompt({ onSwitch, onCancel }: SwitchUserPromptProps) {
  return (
    <Dialog title="Wisselen van gebruiker?" onRequestClose={onCancel}>
      <div className="form">
        <p>
          Er staan gegevens in een formulier die nog niet zijn opgeslagen. Logt iemand anders in, dan gaan die
          verloren. Log jij zelf weer in, dan staan ze er nog.
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onCancel} autoFocus>
            Terug
          </button>
          <button type="button" className="button button-danger" onClick={onSwitch}>
            Toch wisselen
          </button>
        </div>
      </div>
    </Dialog>
  );
}
