import { useEffect, useState, type FormEvent } from 'react';
import { meldcodeCalls, type CaseView } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

interface CloseCaseFormProps {
  view: CaseView;
  /** After a decision that the suspicion is gone: the form is the next step, so it stands out. */
  prominent: boolean;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/** Closing the case with its reason; everything recorded stays readable. Unless it is the next step, it waits behind a button. */
export function CloseCaseForm({ view, prominent, onViewChange, onDirtyChange, announce }: CloseCaseFormProps) {
  const [opened, setOpened] = useState(prominent);
  const [reason, setReason] = useState('');
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = reason.trim() !== '';
  const guard = useDiscardGuard({
    dirty,
    busy,
    onLeave: () => {
      setReason('');
      setErrors({});
      setFormError(null);
      setOpened(prominent);
    },
  });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = meldcodeCalls.close.input.safeParse({ caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, reason });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.meldcode.close(parsed.data));
    if (!result.ok) return;
    setReason('');
    onViewChange(result.value);
    announce('Traject afgesloten. Alles wat is vastgelegd blijft te lezen.');
  }

  if (!opened) {
    return (
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setOpened(true)}>
          Traject afsluiten…
        </button>
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      autoComplete="off"
      className={prominent ? 'form case-form case-close case-close-prominent' : 'form case-form case-close'}
      aria-labelledby="close-case-heading"
    >
      <h3 id="close-case-heading" className="case-form-heading">
        Traject afsluiten
      </h3>
      {prominent && <p className="form-intro">Het besluit is dat het vermoeden is weggenomen. Sluit het traject af; alles wat is vastgelegd blijft bewaard.</p>}
      <FormError message={formError} />
      <TextAreaField
        label="Waarom sluit je het traject af?"
        value={reason}
        onChange={(value) => {
          setReason(value);
          setErrors({});
        }}
        error={errors.reason}
        required
        // Opened with the button just pressed: the reason is what comes next.
        autoFocus={!prominent}
      />
      <GuardedFormActions
        guard={guard}
        submitLabel="Traject afsluiten"
        busy={busy}
        leaveLabel={prominent ? 'Wijzigingen ongedaan maken' : 'Annuleren'}
        leaveDisabled={prominent && !dirty}
      />
    </form>
  );
}
