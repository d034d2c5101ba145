import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  fieldErrorsFrom,
  newSignalSchema,
  signalCorrectionSchema,
  signalDirectionLabels,
  signalKindLabels,
  signalSourceTypeLabels,
  type SignalView,
} from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { ChoiceField } from '../../components/ChoiceField';
import { localTodayIso } from '../youths/youthDates';
import { GradingFields } from './GradingFields';
import { formValuesOf, isSignalFormDirty, newSignalForm, signalFormErrors, signalInputOf, type SignalFormValues } from './signalForm';
import { SignalSubjectFields } from './SignalSubjectFields';
import '../../styles/missing.css';
import '../../styles/signals.css';

export interface AddSignalDialogProps {
  youthId: string;
  /** The signal to correct: the form starts from it, and saving records the correction that supersedes it. */
  correcting?: SignalView | undefined;
  onSaved: (signal: SignalView) => void;
  onClose: () => void;
  onDirtyChange?: ((dirty: boolean) => void) | undefined;
}

/** Records a signal, or corrects one: the catalogue item or the user's own words, what kind, from whom, which way it points. */
export function AddSignalDialog({ youthId, correcting, onSaved, onClose, onDirtyChange }: AddSignalDialogProps) {
  const [initial] = useState(() => (correcting ? formValuesOf(correcting) : newSignalForm(localTodayIso())));
  const [values, setValues] = useState<SignalFormValues>(initial);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = isSignalFormDirty(values, initial);
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const change = useCallback(
    (field: keyof SignalFormValues, value: string) => {
      setValues((current) => ({ ...current, [field]: value }));
      const resolved = field === 'subjectMode' ? ['catalogueItemId', 'freeText', 'freeTextCategory'] : [field];
      setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !resolved.includes(key))));
    },
    [setErrors],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const input = signalInputOf(values);
    const parsed = correcting ? signalCorrectionSchema.safeParse({ ...input, signalId: correcting.id }) : newSignalSchema.safeParse({ ...input, youthId });
    if (!parsed.success) {
      showErrors(signalFormErrors(fieldErrorsFrom(parsed.error), values), null);
      return;
    }
    const data = parsed.data;
    const result = await send(() => ('signalId' in data ? api.signals.correct(data) : api.signals.add(data)));
    if (result.ok) onSaved(result.value);
  }

  return (
    <Dialog title={correcting ? 'Signaal corrigeren' : 'Signaal vastleggen'} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form signal-form">
        <p className="form-intro">
          Velden met <span aria-hidden="true">*</span> zijn verplicht. Informatie die het vermoeden tegenspreekt, leg je net zo vast als
          informatie die het ondersteunt.
          {correcting && ' Het oorspronkelijke signaal blijft zichtbaar, gemarkeerd als gecorrigeerd.'}
        </p>
        <FormError message={formError} />
        <SignalSubjectFields values={values} errors={errors} kept={correcting?.catalogueItem ?? null} onChange={change} />
        <RadioChoiceField
          legend="Ondersteunt dit signaal het vermoeden, of spreekt het dat tegen? (verplicht)"
          labels={signalDirectionLabels}
          value={values.direction as keyof typeof signalDirectionLabels | ''}
          onChange={(direction) => change('direction', direction)}
          error={errors.direction}
        />
        <ChoiceField
          label="Soort signaal"
          value={values.kind}
          onChange={(value) => change('kind', value)}
          labels={signalKindLabels}
          error={errors.kind}
          hint="Houd feiten, gebeurtenissen, waarnemingen, interpretaties en gevoelens uit elkaar."
          required
        />
        <ChoiceField label="Bron" value={values.sourceType} onChange={(value) => change('sourceType', value)} labels={signalSourceTypeLabels} error={errors.sourceType} required />
        <TextField
          label="Naam of rol van de bron"
          value={values.sourceName}
          onChange={(value) => change('sourceName', value)}
          error={errors.sourceName}
          hint="Bijvoorbeeld ‘mentor op school’ of ‘moeder’."
          maxLength={120}
        />
        <GradingFields values={values} onChange={change} errors={errors} />
        <TextField label="Datum van het signaal" type="date" max={localTodayIso()} value={values.date} onChange={(value) => change('date', value)} error={errors.date} required />
        <TextAreaField
          label="Beschrijving"
          value={values.description}
          onChange={(value) => change('description', value)}
          error={errors.description}
          hint="Zo concreet en feitelijk mogelijk: wat, wanneer, waar en wie."
          maxLength={4000}
        />
        <GuardedFormActions guard={guard} submitLabel={correcting ? 'Correctie opslaan' : 'Signaal vastleggen'} busy={busy} />
      </form>
    </Dialog>
  );
}
