import { useState, type FormEvent } from 'react';
import { countersignPolicies, countersignPolicyLabels, settingsSchema, type Settings } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { LoadFailed } from '../../components/LoadFailed';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { useLoad } from '../../components/useLoad';

const numberFields = {
  idleLockMinutes: 'Vul een heel aantal minuten in, van 1 tot en met 60.',
  emergencyAccessHours: 'Vul een heel aantal uren in, van 1 tot en met 12.',
  missingEscalationMinutes: 'Vul een heel aantal minuten in, van 5 tot en met 240.',
  returnConversationHours: 'Vul een heel aantal uren in, van 12 tot en met 336.',
  meldcodeIdleDays: 'Vul een heel aantal dagen in, van 1 tot en met 90.',
} as const;
type NumberField = keyof typeof numberFields;

/** The form holds text: "" and "1,5" stay as typed until the save explains them. */
type SettingsValues = Record<keyof Settings, string>;

function asValues(settings: Settings): SettingsValues {
  return {
    idleLockMinutes: String(settings.idleLockMinutes),
    emergencyAccessHours: String(settings.emergencyAccessHours),
    missingEscalationMinutes: String(settings.missingEscalationMinutes),
    returnConversationHours: String(settings.returnConversationHours),
    onCallName: settings.onCallName,
    onCallPhone: settings.onCallPhone,
    meldcodeIdleDays: String(settings.meldcodeIdleDays),
    countersignDecisions: settings.countersignDecisions,
  };
}

/** Whole numbers only; "" and "1,5" stay as they are so the contract's message explains them. */
function asNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** Organisation-wide settings: the idle lock, emergency access, the missing-youth deadlines and 24/7 contact, and the meldcode's reminders and countersignature. */
export function SettingsSection() {
  const { load, setLoad, reload } = useLoad(api.settings.get);

  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="section-heading">
        Instellingen
      </h2>
      {load.state === 'loading' && <p className="muted">Instellingen laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={() => void reload()} />}
      {load.state === 'loaded' && <SettingsForm saved={load.value} onSaved={(settings) => setLoad({ state: 'loaded', value: settings })} />}
    </section>
  );
}

function SettingsForm({ saved, onSaved }: { saved: Settings; onSaved: (settings: Settings) => void }) {
  const [values, setValues] = useState<SettingsValues>(() => asValues(saved));
  const [status, setStatus] = useState('');
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const baseline = asValues(saved);
  const dirty = (Object.keys(baseline) as (keyof SettingsValues)[]).some((key) => values[key].trim() !== baseline[key]);
  const guard = useDiscardGuard({
    dirty,
    busy,
    onLeave: () => {
      setValues(baseline);
      setErrors({});
      setFormError(null);
    },
  });

  function change(field: keyof SettingsValues, value: string) {
    setStatus('');
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const numbers = Object.fromEntries(Object.keys(numberFields).map((key) => [key, asNumber(values[key as NumberField])]));
    const parsed = settingsSchema.safeParse({ ...numbers, onCallName: values.onCallName, onCallPhone: values.onCallPhone, countersignDecisions: values.countersignDecisions });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      for (const [key, message] of Object.entries(numberFields)) if (Number.isNaN(numbers[key])) fields[key] = message;
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.settings.update(parsed.data));
    if (!result.ok) return;
    setValues(asValues(result.value));
    onSaved(result.value);
    setStatus('Instellingen opgeslagen.');
  }

  /** A whole-number setting: the same field for each, its limits shown and checked by the contract. */
  function numberSetting(field: NumberField, { label, min, max, hint }: { label: string; min: number; max: number; hint: string }) {
    return (
      <TextField
        label={label}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={values[field]}
        onChange={(value) => change(field, value)}
        error={errors[field]}
        hint={hint}
        required
      />
    );
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form form-narrow" aria-labelledby="settings-heading">
      <p role="status" className="status-message">
        {status}
      </p>
      <FormError message={formError} />
      <fieldset className="settings-group">
        <legend>Vergrendelen en noodtoegang</legend>
        {numberSetting('idleLockMinutes', { label: 'Automatisch vergrendelen na (minuten)', min: 1, max: 60, hint: 'Zonder gebruik vergrendelt Waakzaam zich na deze tijd, zodat niemand anders verder kan op een gedeelde pc. Van 1 tot en met 60; geldt vanaf de volgende keer inloggen.' })}
        {numberSetting('emergencyAccessHours', { label: 'Duur van noodtoegang (uren)', min: 1, max: 12, hint: 'Zo lang kan een groepswerker of teamleider een dossier buiten de eigen locaties inzien. Van 1 tot en met 12 (één dienst).' })}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Vermissingen</legend>
        {numberSetting('missingEscalationMinutes', { label: 'Na hoeveel minuten na ontdekking de volgende stap wordt gevraagd', min: 5, max: 240, hint: 'Is de politie dan nog niet ingelicht, dan vraagt het vermissingsscherm daarom. Van 5 tot en met 240 minuten.' })}
        {numberSetting('returnConversationHours', { label: 'Terugkeergesprek binnen (uren)', min: 12, max: 336, hint: 'Zo lang na de terugkeer moet het terugkeergesprek zijn gehouden; daarna staat het als te laat op het startscherm. Van 12 tot en met 336 (2 weken).' })}
      </fieldset>
      <fieldset className="settings-group">
        <legend>Bereikbaarheidsdienst (24/7) voor de politie</legend>
        <p className="field-hint">Wie de politie dag en nacht kan terugbellen over een vermiste jongere. Dit staat op het politiedossier.</p>
        <TextField
          label="Naam bereikbaarheidsdienst"
          value={values.onCallName}
          onChange={(value) => change('onCallName', value)}
          error={errors.onCallName}
          hint="Bijvoorbeeld ‘Dienstdoende teamleider Groep Noord’."
        />
        <TextField
          label="Telefoonnummer bereikbaarheidsdienst"
          type="tel"
          value={values.onCallPhone}
          onChange={(value) => change('onCallPhone', value)}
          error={errors.onCallPhone}
        />
      </fieldset>
      <fieldset className="settings-group">
        <legend>Meldcode</legend>
        {numberSetting('meldcodeIdleDays', { label: 'Traject staat stil na (dagen)', min: 1, max: 90, hint: 'Komt er in een lopend meldcodetraject zo lang niets bij, dan staat het op het startscherm. Van 1 tot en met 90 dagen.' })}
        <SelectField
          label="Welke besluiten in stap 5 worden medeondertekend?"
          value={values.countersignDecisions}
          onChange={(value) => change('countersignDecisions', value)}
          error={errors.countersignDecisions}
          hint="Door een teamleider of de aandachtsfunctionaris die het besluit niet zelf bevestigde. Geldt voor besluiten die vanaf nu worden bevestigd."
          required
        >
          {countersignPolicies.map((policy) => (
            <option key={policy} value={policy}>
              {countersignPolicyLabels[policy]}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <GuardedFormActions guard={guard} submitLabel="Instellingen opslaan" busy={busy} leaveLabel="Wijzigingen ongedaan maken" leaveDisabled={!dirty} />
    </form>
  );
}
