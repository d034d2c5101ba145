import { useId, type ReactNode } from 'react';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { NewestDataConflict } from '../../components/NewestDataConflict';
import type { CasePartFormFrame } from './useCasePartForm';

interface CasePartFormProps {
  form: CasePartFormFrame;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  /** What is stored for this part, shown after a colleague's save in between. */
  stored: ReactNode;
  children: ReactNode;
}

/** The frame every case part's form shares: its heading, messages, the conflict part and the guarded save. */
export function CasePartForm({ form, title, intro, submitLabel, stored, children }: CasePartFormProps) {
  const headingId = useId();
  const { formRef, formError, busy } = form.feedback;
  return (
    <form ref={formRef} noValidate onSubmit={form.submit} autoComplete="off" className="form case-form" aria-labelledby={headingId}>
      <h3 id={headingId} className="case-form-heading">
        {title}
      </h3>
      {intro && <p className="form-intro">{intro}</p>}
      <FormError message={formError} />
      {form.conflict && (
        <NewestDataConflict
          key={form.conflict.refusals}
          shown={form.conflict.newestShown}
          onShowNewest={() => void form.showNewest()}
          title="Nu opgeslagen door je collega"
          className="case-conflict"
          headingClassName="case-conflict-title"
        >
          {stored}
          <p>Jouw invoer staat hieronder nog in het formulier. Neem over wat je wilt houden en sla dan opnieuw op.</p>
        </NewestDataConflict>
      )}
      {form.closed ? (
        <fieldset disabled className="case-readonly">
          <legend className="muted">Het traject is afgesloten: dit is wat is vastgelegd.</legend>
          {children}
        </fieldset>
      ) : (
        <>
          {children}
          <GuardedFormActions guard={form.guard} submitLabel={submitLabel} busy={busy} leaveLabel="Wijzigingen ongedaan maken" leaveDisabled={!form.dirty} />
        </>
      )}
    </form>
  );
}
