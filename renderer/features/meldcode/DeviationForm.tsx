import { useEffect, useState, type FormEvent } from 'react';
import { confirmDecisionSchema, meldcodeOutcomeLabels, meldcodeOutcomes, type CaseView, type Outcome } from '../../../preload/contract';
import { api } from '../../app/api';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

interface DeviationFormProps {
  view: CaseView;
  onClose: () => void;
  onDirtyChange: (dirty: boolean) => void;
  onConfirmed: (view: CaseView) => void;
  /** After a refusal because the case or its result changed (CONFLICT): the case as it is now; the input stays. */
  onNewer: (view: CaseView) => void;
}

/** Another outcome than the engine's: which, and why, in at least a sentence. */
export function DeviationForm({ view, onClose, onDirtyChange, onConfirmed, onNewer }: DeviationFormProps) {
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [reason, setReason] = useState('');
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = outcomes.length > 0 || reason.trim() !== '';
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const shown = { framework: view.preview.framework, outcomes: view.preview.outcomes };
    const input = { caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, shown, choice: { kind: 'deviate' as const, outcomes, reason } };
    const parsed = confirmDecisionSchema.safeParse(input);
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.meldcode.confirmDecision(parsed.data));
    if (!result.ok) {
      if (result.error.code !== 'CONFLICT') return;
      const newest = await api.meldcode.get({ caseId: view.case.id });
      if (newest.ok) onNewer(newest.value);
      return;
    }
    onDirtyChange(false);
    onConfirmed(result.value);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form case-form" aria-labelledby="deviation-heading">
      <h4 id="deviation-heading" className="case-form-heading">
        Afwijken van de uitkomst
      </h4>
      <p className="form-intro">Je kiest zelf de uitkomst. De uitkomst volgens de meldcode wordt erbij vastgelegd, met jouw reden.</p>
      <FormError message={formError} />
      <CheckboxGroupField
        legend="Welke uitkomst kies je?"
        options={meldcodeOutcomes.map((outcome) => ({ value: outcome, label: meldcodeOutcomeLabels[outcome] }))}
        selected={outcomes}
        onChange={(selected) => {
          setOutcomes(selected as Outcome[]);
          setErrors(({ 'choice.outcomes': _resolved, ...rest }) => rest);
        }}
        error={errors['choice.outcomes']}
        required
      />
      <TextAreaField
        label="Waarom wijk je af?"
        value={reason}
        onChange={(value) => {
          setReason(value);
          setErrors(({ 'choice.reason': _resolved, ...rest }) => rest);
        }}
        error={errors['choice.reason']}
        minCharacters={10}
        required
      />
      <GuardedFormActions guard={guard} submitLabel="Afwijking bevestigen" busy={busy} />
    </form>
  );
}
