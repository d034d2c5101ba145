import { useEffect, useRef, useState, type FormEvent } from 'react';
import { safetyPlanContentSchema, type SafetyPlanContent, type SafetyPlanVersion } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom, type FieldErrors } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { PlanComparison } from './PlanComparison';
import { emptyPlanContent, planSectionLabel } from './planSections';
import { RowListField } from './RowListField';

interface SafetyPlanFormProps {
  youthId: string;
  /** The version being edited; null for a first plan. A newer one arrives here after a conflict. */
  base: SafetyPlanVersion | null;
  onSaved: (plan: SafetyPlanVersion) => void;
  /** A colleague's newer version, fetched after a conflict: the file shows it from now on. */
  onNewerVersion: (plan: SafetyPlanVersion) => void;
  onClose: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

const participantFields = [
  { key: 'name', label: 'Naam', required: true },
  { key: 'role', label: 'Rol', hint: 'Bijvoorbeeld jongere, moeder, voogd of mentor.' },
] as const;

const contactFields = [
  { key: 'name', label: 'Naam', required: true },
  { key: 'role', label: 'Rol', hint: 'Bijvoorbeeld voogd, wijkagent of bereikbaarheidsdienst.' },
  { key: 'phone', label: 'Telefoonnummer', required: true, type: 'tel' },
] as const;

type TextSection = 'agreements' | 'riskSituations' | 'actionsWhenUnsafe' | 'socialMedia';

const textHints: Record<TextSection, string | undefined> = {
  agreements: 'Eén afspraak per regel.',
  riskSituations: 'Situaties en incidenten die wijzen op een groter risico op weglopen (onttrekking) of uitbuiting.',
  actionsWhenUnsafe: undefined,
  socialMedia: 'Accounts, contacten of gedrag online waar het team op let.',
};

/** main's messages are keyed by the call's input (`content.reviewDate`); the fields by the content. */
function contentErrors(fields: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^content\./, ''), message]));
}

/** Every save is a new version: the form starts from the current plan, and older versions stay untouched. */
export function SafetyPlanForm({ youthId, base, onSaved, onNewerVersion, onClose, onDirtyChange }: SafetyPlanFormProps) {
  const [start] = useState<SafetyPlanContent>(() => structuredClone(base?.content ?? emptyPlanContent()));
  const [values, setValues] = useState<SafetyPlanContent>(start);
  const [newer, setNewer] = useState<SafetyPlanVersion | null>(null);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const headingRef = useRef<HTMLHeadingElement>(null);

  const dirty = JSON.stringify(values) !== JSON.stringify(start);
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  useEffect(() => headingRef.current?.focus(), []);

  function change<Key extends keyof SafetyPlanContent>(key: Key, value: SafetyPlanContent[Key]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => field !== key && !field.startsWith(`${key}.`))));
  }

  async function takeNewerVersion() {
    const versions = await api.safetyPlan.versions({ youthId });
    const newest = versions.ok ? versions.value[0] : undefined;
    if (!newest) return;
    const plan = await api.safetyPlan.get({ youthId, version: newest.version });
    if (!plan.ok) return;
    setNewer(plan.value);
    onNewerVersion(plan.value);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = safetyPlanContentSchema.safeParse(values);
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      // An unfinished date picker is empty: "jjjj-mm-dd" would only confuse here.
      if (values.reviewDate === '' && fields.reviewDate) fields.reviewDate = 'Vul de evaluatiedatum in: dag, maand en jaar.';
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.safetyPlan.save({ youthId, basedOnVersion: base?.version ?? null, content: parsed.data }));
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'CONFLICT') await takeNewerVersion();
    else if (result.error.fields) showErrors(contentErrors(result.error.fields), result.error.message);
  }

  function textArea(key: TextSection) {
    const hint = textHints[key];
    return (
      <TextAreaField
        label={planSectionLabel(key)}
        value={values[key]}
        onChange={(value) => change(key, value)}
        error={errors[key]}
        {...(hint ? { hint } : {})}
      />
    );
  }

  const nextVersion = (base?.version ?? 0) + 1;
  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form plan-form" aria-labelledby="plan-form-heading">
      <h3 id="plan-form-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        {base ? 'Veiligheidsplan bijwerken' : 'Veiligheidsplan opstellen'}
      </h3>
      <p className="form-intro">
        Opslaan maakt hiervan versie {nextVersion}; eerdere versies blijven bewaard. Velden met <span aria-hidden="true">*</span> zijn
        verplicht.
      </p>
      <FormError message={formError} />
      {newer && (
        <section className="plan-conflict" aria-labelledby="plan-conflict-heading">
          <h4 id="plan-conflict-heading" className="plan-conflict-heading">
            Jouw tekst vergeleken met versie {newer.version} van {newer.savedByName}
          </h4>
          <PlanComparison before={newer.content} after={values} beforeName={`versie ${newer.version}`} afterName="jouw tekst" />
        </section>
      )}
      <RowListField
        legend={planSectionLabel('participants')}
        hint="De jongere, ouders of voogd en wie er verder bij waren."
        rowName="Deelnemer"
        rows={values.participants}
        fields={participantFields}
        newRow={() => ({ name: '', role: '' })}
        onChange={(rows) => change('participants', rows)}
        errors={errors}
        errorPath="participants"
        emptyText="Nog geen deelnemers."
      />
      {textArea('agreements')}
      {textArea('riskSituations')}
      {textArea('actionsWhenUnsafe')}
      <RowListField
        legend={planSectionLabel('callWhenUnsafe')}
        hint="In deze volgorde bellen als het onveilig wordt."
        rowName="Contact"
        rows={values.callWhenUnsafe}
        fields={contactFields}
        newRow={() => ({ name: '', role: '', phone: '' })}
        onChange={(rows) => change('callWhenUnsafe', rows)}
        errors={errors}
        errorPath="callWhenUnsafe"
        emptyText="Nog niemand om te bellen."
      />
      {textArea('socialMedia')}
      <TextField
        label={planSectionLabel('reviewDate')}
        type="date"
        value={values.reviewDate}
        onChange={(value) => change('reviewDate', value)}
        error={errors.reviewDate}
        hint="Wanneer het plan opnieuw met de jongere en ouders of voogd wordt besproken."
        required
      />
      <GuardedFormActions guard={guard} submitLabel={`Opslaan als versie ${nextVersion}`} busy={busy} />
    </form>
  );
}
