/** Main's message when a page or section could not load its data, with a way to try again. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div role="alert" className="form-error">
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Opnieuw proberen
      </button>
    </div>
  );
}
