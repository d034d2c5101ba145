import { useEffect, useRef, type FormEvent } from 'react';
import { reportMissingSchema, type EpisodeView } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import type { DiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import type { ChosenYouth } from './chosenYouth';
import { factErrors, factsInput, type FactsDraft } from './factsDraft';
import { MissingFactsFields } from './MissingFactsFields';

interface ReportFactsStepProps {
  youth: ChosenYouth;
  facts: FactsDraft;
  onFactsChange: (facts: FactsDraft) => void;
  guard: DiscardGuard;
  onBusyChange: (busy: boolean) => void;
  /** Back to the choice of youth; absent when the dialog was opened from the youth's own file. */
  onChooseOther?: (() => void) | undefined;
  onReported: (view: EpisodeView) => void;
}

/** The second step: the moment's facts, checked by the contract here and again in main. */
export function ReportFactsStep({ youth, facts, onFactsChange, guard, onBusyChange, onChooseOther, onReported }: ReportFactsStepProps) {
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => onBusyChange(busy), [busy, onBusyChange]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = reportMissingSchema.safeParse({ youthId: youth.id, facts: factsInput(facts) });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.missing.report(parsed.data));
    if (result.ok) onReported(result.value);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form" aria-labelledby="facts-heading">
      <div className="chosen-youth">
        <p>
          <span className="chosen-youth-label">Jongere: </span>
          <strong>{youth.name}</strong>
          {youth.locationName && `, ${youth.locationName}`}
          {youth.viaEmergency && <span className="badge">via noodtoegang</span>}
        </p>
        {onChooseOther && (
          <button type="button" className="button button-small" onClick={onChooseOther} disabled={busy}>
            Andere jongere kiezen
          </button>
        )}
      </div>
      <h3 id="facts-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        Wat weet je nu?
      </h3>
      <p className="form-intro">
        Vul in wat je weet; de rest van het politiedossier komt uit het dossier en het veiligheidsplan. Na het vastleggen beantwoord je de
        urgentievragen, met wat het dossier al weet als voorstel.
      </p>
      <FormError message={formError} />
      <MissingFactsFields
        value={facts}
        onChange={(next) => {
          onFactsChange(next);
          setErrors({});
        }}
        errors={factErrors(errors)}
      />
      <GuardedFormActions guard={guard} submitLabel="Vermissing vastleggen" busy={busy} />
    </form>
  );
}
