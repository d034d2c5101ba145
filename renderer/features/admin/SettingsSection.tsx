import { useState, type FormEvent } from 'react';
import { settingsSchema, type Settings } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { LoadFailed } from '../../components/LoadFailed';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { useLoad } from '../../components/useLoad';

interface SettingsValues {
  idleLockMinutes: string;
  emergencyAccessHours: string;
}

function asValues(settings: Settings): SettingsValues {
  return { idleLockMinutes: String(settings.idleLockMinutes), emergencyAccessHours: String(settings.emergencyAccessHours) };
}

/** Whole numbers only; "" and "1,5" stay as they are so the contract's message explains them. */
function asNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** Organisation-wide settings: the idle lock and how long emergency access lasts. */
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
  const dirty = values.idleLockMinutes.trim() !== baseline.idleLockMinutes || values.emergencyAccessHours.trim() !== baseline.emergencyAccessHours;
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
    const parsed = settingsSchema.safeParse({ idleLockMinutes: asNumber(values.idleLockMinutes), emergencyAccessHours: asNumber(values.emergencyAccessHours) });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      if (Number.isNaN(asNumber(values.idleLockMinutes))) fields.idleLockMinutes = 'Vul een heel aantal minuten in, van 1 tot en met 60.';
      if (Number.isNaN(asNumber(values.emergencyAccessHours))) fields.emergencyAccessHours = 'Vul een heel aantal uren in, van 1 tot en met 12.';
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.settings.update(parsed.data));
    if (!result.ok) return;
    setValues(asValues(result.value));
    onSaved(result.value);
    setStatus('Instellingen opgeslagen.');
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form form-narrow" aria-labelledby="settings-heading">
      <p role="status" className="status-message">
        {status}
      </p>
      <FormError message={formError} />
      <TextField
        label="Automatisch vergrendelen na (minuten)"
        type="number"
        inputMode="numeric"
        min={1}
        max={60}
        value={values.idleLockMinutes}
        onChange={(value) => change('idleLockMinutes', value)}
        error={errors.idleLockMinutes}
        hint="Zonder gebruik vergrendelt Waakzaam zich na deze tijd, zodat niemand anders verder kan op een gedeelde pc. Van 1 tot en met 60; geldt vanaf de volgende keer inloggen."
        required
      />
      <TextField
        label="Duur van noodtoegang (uren)"
        type="number"
        inputMode="numeric"
        min={1}
        max={12}
        value={values.emergencyAccessHours}
        onChange={(value) => change('emergencyAccessHours', value)}
        error={errors.emergencyAccessHours}
        hint="Zo lang kan een groepswerker of teamleider een dossier buiten de eigen locaties inzien. Van 1 tot en met 12 (één dienst)."
        required
      />
      <GuardedFormActions guard={guard} submitLabel="Instellingen opslaan" busy={busy} leaveLabel="Wijzigingen ongedaan maken" leaveDisabled={!dirty} />
    </form>
  );
}
