import { useEffect, useRef, useState, type FormEvent } from 'react';
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
  /** The youth is already reported missing: that episode is opened instead. */
  onOpenExisting: (episodeId: string) => void;
}

/** The youth's episode that is still "missing", when main refused a second one. */
async function missingEpisodeOf(youthId: string): Promise<string | null> {
  const result = await api.missing.list({ youthId });
  return result.ok ? (result.value.find((episode) => episode.youthId === youthId && episode.status === 'missing')?.id ?? null) : null;
}

/** The second step: the moment's facts, checked by the contract here and again in main. */
export function ReportFactsStep({ youth, facts, onFactsChange, guard, onBusyChange, onChooseOther, onReported, onOpenExisting }: ReportFactsStepProps) {
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [existing, setExisting] = useState<string | null>(null);

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
    else if (result.error.code === 'CONFLICT') setExisting(await missingEpisodeOf(youth.id));
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
      {existing && (
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => onOpenExisting(existing)}>
            Lopende vermissing openen
          </button>
        </div>
      )}
      <MissingFactsFields
        value={facts}
        onChange={(key, next) => {
          onFactsChange({ ...facts, [key]: next });
          setErrors({});
        }}
        errors={factErrors(errors, 'facts.')}
        discoveryHint="Staat op nu; pas het aan als je het eerder merkte."
      />
      <GuardedFormActions guard={guard} submitLabel="Vermissing vastleggen" busy={busy} />
    </form>
  );
}
