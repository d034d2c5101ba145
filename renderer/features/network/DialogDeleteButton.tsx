/** Deleting what a dialog edits: set apart below saving; the caller asks before anything is deleted. */
export function DialogDeleteButton({ label, onClick, disabled }: { label: string; onClick: () => void; disabled: boolean }) {
  return (
    <div className="form-actions network-dialog-delete">
      <button type="button" className="button button-danger" onClick={onClick} disabled={disabled}>
        {label}
      </button>
    </div>
  );
}
