import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { shareTemplateLabels, type DisclosureOutput, type FieldErrors, type ShareTemplate } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { FormError } from '../../components/FormError';
import { LoadFailed } from '../../components/LoadFailed';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { BasicsStep } from './BasicsStep';
import { exportOutcomeText } from './exportOutcome';
import { ReviewStep } from './ReviewStep';
import { SectionsStep } from './SectionsStep';
import { applyProposal, checkUpTo, startingDraft, type ShareDraft, type ShareStep } from './shareDraft';
import { shareStepNames, StepIndicator } from './StepIndicator';
import { useShareProposal } from './useShareProposal';
import '../../styles/sharing.css';

interface ShareWizardProps {
  youthId: string;
  /** The case the export is about, chosen already (from the case screen). */
  caseId?: string | null;
  template?: ShareTemplate;
  onClose: () => void;
  /** A file left (saved or shown for printing) and was recorded: the register can be read again. */
  onExported: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * "Gegevens verstrekken": to whom, why and on which ground first, because main proposes the
 * minimal sections for that purpose; then each section reviewed with a preview; then the PDF.
 * Going back and forth keeps every answer; only a file that left is recorded.
 */
export function ShareWizard({ youthId, caseId, template, onClose, onExported, onDirtyChange }: ShareWizardProps) {
  const [draft, setDraft] = useState<ShareDraft>(() => startingDraft(template, caseId));
  const [step, setStep] = useState<ShareStep>(1);
  const [changed, setChanged] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; left: boolean } | null>(null);
  const { proposal, pending, failure, retry } = useShareProposal(youthId, draft.template, draft.caseId, (next, previous) => setDraft((current) => applyProposal(current, previous, next)));
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const left = outcome?.left === true;
  const dirty = changed && !left;
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  function change(patch: Partial<ShareDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setChanged(true);
    setOutcome(null);
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))) as FieldErrors);
  }

  /** Shows another step with its heading focused, so a screen reader starts reading there. */
  function goTo(next: ShareStep) {
    guard.setConfirmingDiscard(false);
    flushSync(() => {
      setStep(next);
      setErrors({});
      setFormError(null);
    });
    headingRef.current?.focus();
  }

  /** The contract's messages up to `upTo`, shown at the first step that has one; true when there were none. */
  function checked(upTo: ShareStep) {
    const check = checkUpTo(youthId, draft, upTo);
    if (check.firstStep === null) return check.request;
    const target = check.firstStep;
    if (target !== step) flushSync(() => setStep(target));
    showErrors(check.errors, null);
    return null;
  }

  async function exportAs(output: DisclosureOutput) {
    const request = checked(3);
    if (!request) return;
    setOutcome(null);
    const result = await send(() => api.sharing.export({ ...request, output }));
    if (!result.ok) return;
    const documentName = draft.template === '' ? 'Bestand' : shareTemplateLabels[draft.template];
    const leftNow = result.value.outcome !== 'cancelled';
    flushSync(() => setOutcome({ text: exportOutcomeText(result.value, documentName), left: leftNow }));
    if (!leftNow) return;
    onExported();
    closeRef.current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    if (step === 3) {
      const submitter = (event.nativeEvent as SubmitEvent).submitter;
      void exportAs(submitter instanceof HTMLButtonElement && submitter.value === 'print' ? 'print' : 'save');
      return;
    }
    if (checked(step)) goTo((step + 1) as ShareStep);
  }

  const waitingForProposal = draft.template !== '' && (pending || proposal === null);
  return (
    <Dialog title="Gegevens verstrekken" onRequestClose={guard.requestLeave}>
      <div className="share-wizard">
        <StepIndicator step={step} />
        <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form" aria-labelledby={headingId}>
          <h3 id={headingId} ref={headingRef} tabIndex={-1} className="share-step-heading">
            Stap {step}: {shareStepNames[step]}
          </h3>
          <FormError message={formError} />
          {step === 1 && <BasicsStep draft={draft} proposal={proposal} errors={errors} onChange={change} />}
          {step === 1 && pending && <p className="muted">Voorstel maken…</p>}
          {step === 1 && failure && <LoadFailed message={failure} onRetry={retry} />}
          {step === 2 && proposal && <SectionsStep youthId={youthId} draft={draft} proposal={proposal} errors={errors} onChange={(sections) => change({ sections })} />}
          {step === 3 && proposal && <ReviewStep draft={draft} proposal={proposal} />}
          <p role="status" className="share-status">
            {busy ? 'PDF maken…' : (outcome?.text ?? '')}
          </p>
          {guard.confirmingDiscard ? (
            <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
          ) : left ? (
            <div className="form-actions">
              <button ref={closeRef} type="button" className="button button-primary" onClick={onClose}>
                Sluiten
              </button>
            </div>
          ) : (
            <div className="form-actions">
              {step > 1 && (
                <button type="button" className="button" onClick={() => goTo((step - 1) as ShareStep)} disabled={busy}>
                  Vorige
                </button>
              )}
              {step < 3 ? (
                <button type="submit" className="button button-primary" disabled={busy || waitingForProposal}>
                  Volgende
                </button>
              ) : (
                <>
                  <button type="submit" name="output" value="save" className="button button-primary" disabled={busy}>
                    Opslaan als PDF
                  </button>
                  <button type="submit" name="output" value="print" className="button" disabled={busy}>
                    Afdrukken
                  </button>
                </>
              )}
              <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={busy}>
                Annuleren
              </button>
            </div>
          )}
        </form>
      </div>
    </Dialog>
  );
}
