interface DiscardChangesPromptProps {
  onDiscard: () => void;
  onKeepEditing: () => void;
}

/** Asked in place instead of a system dialog, so the question reads like the rest of the form. */
export function DiscardChangesPrompt({ onDiscard, onKeepEditing }: DiscardChangesPromptProps) {
  return (
    <div className="discard-prompt">
      <p role="alert" className="discard-prompt-question">
        Je hebt gegevens ingevuld die nog niet zijn opgeslagen. Wil je ze weggooien?
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onKeepEditing} autoFocus>
          Verder invullen
        </button>
        <button type="button" className="button button-danger" onClick={onDiscard}>
          Gegevens weggooien
        </button>
      </div>
    </div>
  );
}
