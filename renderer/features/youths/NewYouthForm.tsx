import { useEffect, useState, type FormEvent } from 'react';
import { newYouthSchema, type Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { useLoad } from '../../components/useLoad';
import { youthFieldErrors, type YouthBasics } from './youthBasics';
import { YouthFields } from './YouthFields';

const emptyYouth: YouthBasics = { firstName: '', lastName: '', alias: '', dateOfBirth: '', locationId: '' };

interface NewYouthFormProps {
  onClose: () => void;
  onSaved: (youth: Youth) => void;
}

export function NewYouthForm({ onClose, onSaved }: NewYouthFormProps) {
  const [values, setValues] = useState<YouthBasics>(emptyYouth);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const { load: locations } = useLoad(api.locations.list);
  // With one location there is nothing to choose: it is filled in, and does not count as typed.
  const onlyLocationId = locations.state === 'loaded' && locations.value.length === 1 ? locations.value[0]!.id : '';

  useEffect(() => {
    if (onlyLocationId) setValues((current) => (current.locationId === '' ? { ...current, locationId: onlyLocationId } : current));
  }, [onlyLocationId]);

  const dirty =
    values.firstName.trim() !== '' ||
    values.lastName.trim() !== '' ||
    values.alias.trim() !== '' ||
    values.dateOfBirth !== '' ||
    (values.locationId !== '' && values.locationId !== onlyLocationId);
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  function change(field: keyof YouthBasics, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = newYouthSchema.safeParse(values);
    if (!parsed.success) {
      showErrors(youthFieldErrors(parsed.error, values), null);
      return;
    }
    const result = await send(() => api.youths.create(parsed.data));
    if (result.ok) onSaved(result.value);
  }

  return (
    <Dialog title="Nieuwe jongere" onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          Velden met <span aria-hidden="true">*</span> zijn verplicht. De rest is optioneel; de overige gegevens vul je daarna in het dossier in.
        </p>
        <FormError message={formError} />
        <YouthFields values={values} errors={errors} onChange={change} locations={locations} autoFocus />
        <GuardedFormActions guard={guard} submitLabel="Opslaan" busy={busy} />
      </form>
    </Dialog>
  );
}
