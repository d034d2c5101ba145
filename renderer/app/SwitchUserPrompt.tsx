import { ConfirmDialog } from '../components/ConfirmDialog';

interface SwitchUserPromptProps {
  onSwitch: () => void;
  onCancel: () => void;
}

/** Asked before "switch user" when a form on screen holds input that was not saved. */
export function SwitchUserPrompt({ onSwitch, onCancel }: SwitchUserPromptProps) {
  return (
    <ConfirmDialog title="Wisselen van gebruiker?" confirmLabel="Toch wisselen" danger onConfirm={onSwitch} onCancel={onCancel}>
      <p>
        Er staan gegevens in een formulier die nog niet zijn opgeslagen. Logt iemand anders in, dan gaan die verloren.
        Log jij zelf weer in, dan staan ze er nog.
      </p>
    </ConfirmDialog>
  );
}
