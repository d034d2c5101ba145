import { useEffect, useState, type FormEvent } from 'react';
import { fieldErrorsFrom, safetyPlanContentSchema, type FieldErrors, type SafetyPlanVersion } from '../../../preload/contract';
import { api } from '../../app/api';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { comparePlans, sectionLines } from '../safetyPlan/comparePlans';
import { PlanComparison } from '../safetyPlan/PlanComparison';
import { emptyPlanContent, planSectionLabel, planSections } from '../safetyPlan/planSections';
import type { LoadedProposal } from './loadPlanProposal';
import '../../styles/safetyPlan.css';

interface ProposalFormProps {
  youthId: string;
  loaded: NonNullable<LoadedProposal>;
  /** The return conversation's agreements, as typed there. */
  agreements: string;
  /** A colleague saved a newer plan version in between: the proposal is made again from it. */
  onConflict: () => void;
  onSaved: (version: SafetyPlanVersion) => void;
  onDirtyChange: (dirty: boolean) => void;
  /** True while the agreements are not in the plan and not saved from here: closing the episode names it. */
  onPendingChange: (pending: boolean) => void;
}

/** main's messages are keyed by the call's input (`content.reviewDate`); the form by the content. */
function contentErrors(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^content\./, ''), message]));
}

/**
 * The proposal compared with the plan it starts from (added lines marked +), its review date
 * (required for every version, and often set anew after an episode), and the save.
 */
export function ProposalForm({ youthId, loaded, agreements, onConflict, onSaved, onDirtyChange, onPendingChange }: ProposalFormProps) {
  const { proposal, current } = loaded;
  const [reviewDate, setReviewDate] = useState(proposal.content.reviewDate);
  const [saved, setSaved] = useState<SafetyPlanVersion | null>(null);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const content = { ...proposal.content, reviewDate };
  const before = current?.content ?? emptyPlanContent();
  const adds = comparePlans(before, { ...content, reviewDate: before.reviewDate }).some((section) => section.changed);
  // Saved from here before (this screen was left and opened again): the plan already holds them.
  const planLines = new Set(sectionLines(before, 'agreements').map((line) => line.trim()));
  const alreadyInPlan = current !== null && sectionLines({ ...before, agreements }, 'agreements').every((line) => planLines.has(line.trim()));
  const pending = saved === null && adds && !alreadyInPlan;
  const dirty = pending && reviewDate !== proposal.content.reviewDate;

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  useEffect(() => onPendingChange(pending), [pending, onPendingChange]);
  useEffect(() => () => onPendingChange(false), [onPendingChange]);

  /** Only the review date can be changed here; a message about another section names it. */
  function show(fields: FieldErrors, message: string | null) {
    const { reviewDate: dateError, ...others } = contentErrors(fields);
    const elsewhere = Object.entries(others).map(([key, text]) => {
      const section = planSections.find((candidate) => candidate.key === key.split('.')[0]);
      return `${section?.label ?? key}: ${text}`;
    });
    const general = elsewhere.length > 0 ? `${elsewhere.join(' ')} Pas dat aan in het veiligheidsplan in het dossier.` : message;
    showErrors(dateError ? { reviewDate: dateError } : {}, general);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = safetyPlanContentSchema.safeParse(content);
    if (!checked.success) {
      show(fieldErrorsFrom(checked.error), null);
      return;
    }
    const result = await send(() => api.safetyPlan.save({ youthId, basedOnVersion: proposal.basedOnVersion, content: checked.data }));
    if (result.ok) {
      setSaved(result.value);
      onSaved(result.value);
    } else if (result.error.code === 'CONFLICT') onConflict();
    else if (result.error.fields) show(result.error.fields, result.error.message);
  }

  if (saved) {
    return (
      <p className="episode-saved">
        Opgeslagen als versie {saved.version} van het veiligheidsplan. Je vindt die in het dossier onder Veiligheidsplan.
      </p>
    );
  }
  if (!adds || alreadyInPlan) {
    return <p className="muted">{current ? `Versie ${current.version} van het veiligheidsplan bevat deze afspraken al.` : 'Er is niets toe te voegen.'}</p>;
  }
  const nextVersion = (proposal.basedOnVersion ?? 0) + 1;
  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form" aria-label="Voorstel voor het veiligheidsplan">
      <p>
        De afspraken uit het terugkeergesprek, toegevoegd aan {current ? `versie ${current.version} van het veiligheidsplan` : 'een nieuw veiligheidsplan'}.
        Opslaan maakt hiervan versie {nextVersion}; eerdere versies blijven bewaard.
      </p>
      <FormError message={formError} />
      <PlanComparison before={before} after={content} beforeName={current ? `versie ${current.version}` : 'het lege plan'} afterName="het voorstel" />
      <TextField
        label={`${planSectionLabel('reviewDate')} van versie ${nextVersion}`}
        type="date"
        value={reviewDate}
        onChange={(value) => {
          setReviewDate(value);
          setErrors({});
        }}
        error={errors.reviewDate}
        hint="Wanneer het plan opnieuw met de jongere en ouders of voogd wordt besproken."
        required
      />
      <div className="form-actions">
        <SubmitButton label="Opslaan als nieuwe versie van het veiligheidsplan" busy={busy} />
      </div>
    </form>
  );
}
