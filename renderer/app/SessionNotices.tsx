import { useId } from 'react';

/** What main wants the user to know right after signing in (e.g. the clock went back), until dismissed. */
export function SessionNotices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  const headingId = useId();
  if (notices.length === 0) return null;
  return (
    <section className="notice session-notices" aria-labelledby={headingId}>
      <h2 id={headingId} className="session-notices-title">
        Let op
      </h2>
      {notices.map((notice) => (
        <p key={notice}>{notice}</p>
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDismiss}>
          Gelezen
        </button>
      </div>
    </section>
  );
}
