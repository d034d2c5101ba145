import { useId, type ReactNode } from 'react';
import { FormError } from './FormError';
import { GuardedFormActions } from './GuardedFormActions';
import { NewestDataConflict } from './NewestDataConflict';
import type { PartFormFrame } from './usePartForm';

interface PartFormProps {
  form: PartFormFrame;
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  /** What is stored for this part, shown after a colleague's save in between. */
  stored: ReactNode;
  /** The heading above it, e.g. "Nu opgeslagen". */
  conflictTitle: string;
  /** The feature's classes: `<prefix>-form`, `-form-heading`, `-conflict`, `-conflict-title`. */
  classPrefix: string;
  /** The record takes no more changes: the fields show what is stored, disabled, under this note. */
  readOnlyNote?: string | undefined;
  children: ReactNode;
}

/** The frame every part form (usePartForm) shares: its heading, messages, the conflict part and the guarded save. */
export function PartForm({ form, title, intro, submitLabel, stored, conflictTitle, classPrefix, readOnlyNote, children }: PartFormProps) {
  const headingId = useId();
  const { formRef, formError, busy } = form.feedback;
  return (
    <form ref={formRef} noValidate onSubmit={form.submit} autoComplete="off" className={`form ${classPrefix}-form`} aria-labelledby={headingId}>
      <h3 id={headingId} className={`${classPrefix}-form-heading`}>
        {title}
      </h3>
      {intro && <p className="form-intro">{intro}</p>}
      <FormError message={formError} />
      {form.conflict && (
        <NewestDataConflict
          key={form.conflict.refusals}
          shown={form.conflict.newestShown}
          onShowNewest={() => void form.showNewest()}
          title={conflictTitle}
          className={`${classPrefix}-conflict`}
          headingClassName={`${classPrefix}-conflict-title`}
        >
          {stored}
          <p>Jouw invoer staat hieronder nog in het formulier. Neem over wat je wilt houden en sla dan opnieuw op.</p>
        </NewestDataConflict>
      )}
      {readOnlyNote ? (
        <fieldset disabled className={`${classPrefix}-readonly`}>
          <legend className="muted">{readOnlyNote}</legend>
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
