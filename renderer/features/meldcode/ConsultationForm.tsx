import { useEffect, useState, type FormEvent } from 'react';
import { consultantKindLabels, consultantKinds, externalConsultants, newConsultationSchema, type CaseView, type ConsultantKind } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { localTodayIso } from '../youths/youthDates';

interface ConsultationFormProps {
  view: CaseView;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

const blank = () => ({ heldOn: localTodayIso(), consultantKind: '' as ConsultantKind | '', withWhom: '', anonymous: false, questions: '', advice: '', agreements: '' });
type Values = ReturnType<typeof blank>;

/** A new consultation; outside the organisation it must be on anonymised data, which the form says before saving. */
export function ConsultationForm({ view, onViewChange, onDirtyChange, announce }: ConsultationFormProps) {
  const [values, setValues] = useState(blank);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = JSON.stringify(values) !== JSON.stringify(blank());
  const guard = useDiscardGuard({
    dirty,
    busy,
    onLeave: () => {
      setValues(blank());
      setErrors({});
      setFormError(null);
    },
  });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const external = values.consultantKind !== '' && externalConsultants.includes(values.consultantKind);

  function change<Key extends keyof Values>(key: Key, value: Values[Key]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = newConsultationSchema.safeParse({ caseId: view.case.id, ...values });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.meldcode.addConsultation(parsed.data));
    if (!result.ok) return;
    setValues(blank());
    onViewChange(result.value);
    announce('Consultatie vastgelegd.');
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form case-form" aria-labelledby="new-consultation-heading">
      <h3 id="new-consultation-heading" className="case-form-heading">
        Consultatie vastleggen
      </h3>
      <FormError message={formError} />
      <TextField label="Datum van het overleg" type="date" value={values.heldOn} onChange={(value) => change('heldOn', value)} error={errors.heldOn} required />
      <SelectField label="Met wie overlegde je?" value={values.consultantKind} onChange={(value) => change('consultantKind', value as ConsultantKind)} error={errors.consultantKind} required>
        <option value="">Kies…</option>
        {consultantKinds.map((kind) => (
          <option key={kind} value={kind}>
            {consultantKindLabels[kind]}
          </option>
        ))}
      </SelectField>
      <TextField label="Naam of functie" value={values.withWhom} onChange={(value) => change('withWhom', value)} error={errors.withWhom} maxLength={120} required />
      <div className="field">
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={values.anonymous}
            onChange={(event) => change('anonymous', event.target.checked)}
            aria-describedby="consultation-anonymous-note"
            aria-invalid={errors.anonymous ? true : undefined}
          />
          <span>Geanonimiseerd besproken (zonder naam of gegevens die naar de jongere leiden)</span>
        </label>
        <p id="consultation-anonymous-note" className={external && !values.anonymous ? 'field-hint case-warning' : 'field-hint'}>
          {external
            ? 'Dit is overleg buiten de organisatie: dat gaat altijd geanonimiseerd. Vink dit aan en noem geen gegevens die naar de jongere leiden.'
            : 'Binnen de organisatie mag je de jongere bij naam bespreken.'}
        </p>
        {errors.anonymous && <p className="field-error">{errors.anonymous}</p>}
      </div>
      <TextAreaField label="Vragen die je voorlegde" value={values.questions} onChange={(value) => change('questions', value)} error={errors.questions} required />
      <TextAreaField label="Advies" value={values.advice} onChange={(value) => change('advice', value)} error={errors.advice} />
      <TextAreaField label="Afspraken" value={values.agreements} onChange={(value) => change('agreements', value)} error={errors.agreements} />
      <GuardedFormActions guard={guard} submitLabel="Consultatie vastleggen" busy={busy} leaveLabel="Wijzigingen ongedaan maken" leaveDisabled={!dirty} />
    </form>
  );
}
