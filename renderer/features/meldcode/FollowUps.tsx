import { useEffect, useState, type FormEvent } from 'react';
import { newFollowUpSchema, type CaseView } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../components/formatDateTime';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { formatDutchDate, localTodayIso } from '../youths/youthDates';

interface FollowUpsProps {
  view: CaseView;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

const effectLabels = { yes: 'Ja, de hulp brengt de nodige veiligheid', no: 'Nee, niet op tijd of niet genoeg' } as const;

/** The monitoring of 5a: what each follow-up found, and a new one; a new answer changes the decision's outcome. */
export function FollowUps({ view, onViewChange, onDirtyChange, announce }: FollowUpsProps) {
  const { followUps } = view.case;
  return (
    <section className="case-follow-ups" aria-labelledby="follow-ups-heading">
      <h3 id="follow-ups-heading" className="case-form-heading">
        Vervolgmomenten van de hulp
      </h3>
      {followUps.length === 0 ? (
        <p className="muted">Nog geen vervolgmoment vastgelegd.</p>
      ) : (
        <ol className="case-records" aria-label="Vastgelegde vervolgmomenten">
          {followUps.map((followUp) => (
            <li key={followUp.id} className="case-record">
              <p className="case-record-title">
                {formatDutchDate(followUp.heldOn)}: {followUp.helpEffective ? 'de hulp brengt de nodige veiligheid' : 'de hulp brengt niet de nodige veiligheid'}
              </p>
              <p className="case-text">{followUp.note}</p>
              <p className="muted">
                Vastgelegd door {followUp.recordedByName}, {formatDateTime(followUp.recordedAt)}
              </p>
            </li>
          ))}
        </ol>
      )}
      {view.case.status === 'open' && <FollowUpForm view={view} onViewChange={onViewChange} onDirtyChange={onDirtyChange} announce={announce} />}
    </section>
  );
}

const blank = () => ({ heldOn: localTodayIso(), effect: '' as '' | 'yes' | 'no', note: '' });

function FollowUpForm({ view, onViewChange, onDirtyChange, announce }: FollowUpsProps) {
  const [values, setValues] = useState(blank);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = values.effect !== '' || values.note.trim() !== '' || values.heldOn !== blank().heldOn;
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

  function change<Key extends keyof ReturnType<typeof blank>>(key: Key, value: ReturnType<typeof blank>[Key], field: string = key) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const input = { caseId: view.case.id, heldOn: values.heldOn, helpEffective: values.effect === '' ? undefined : values.effect === 'yes', note: values.note };
    const parsed = newFollowUpSchema.safeParse(input);
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.meldcode.addFollowUp(parsed.data));
    if (!result.ok) return;
    setValues(blank());
    onViewChange(result.value);
    announce('Vervolgmoment vastgelegd. Bekijk de uitkomst hierboven: er kan een nieuw besluit nodig zijn.');
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form case-form" aria-labelledby="new-follow-up-heading">
      <h4 id="new-follow-up-heading" className="case-form-heading">
        Vervolgmoment vastleggen
      </h4>
      <FormError message={formError} />
      <TextField label="Datum" type="date" value={values.heldOn} onChange={(value) => change('heldOn', value)} error={errors.heldOn} required />
      <RadioChoiceField
        legend="Brengt de hulp binnen de afgesproken tijd de nodige veiligheid?"
        labels={effectLabels}
        value={values.effect}
        onChange={(value) => change('effect', value, 'helpEffective')}
        error={errors.helpEffective}
      />
      <TextAreaField label="Waaruit blijkt dat?" value={values.note} onChange={(value) => change('note', value)} error={errors.note} required />
      <GuardedFormActions guard={guard} submitLabel="Vervolgmoment vastleggen" busy={busy} leaveLabel="Wijzigingen ongedaan maken" leaveDisabled={!dirty} />
    </form>
  );
}
