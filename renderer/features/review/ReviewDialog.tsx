import { useState, type FormEvent } from 'react';
import { roleLabels, type EmergencyGrant } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../components/formatDateTime';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

interface ReviewDialogProps {
  grant: EmergencyGrant;
  onClose: () => void;
  onReviewed: (grant: EmergencyGrant) => void;
}

/** The officer writes down their finding about one use of emergency access. */
export function ReviewDialog({ grant, onClose, onReviewed }: ReviewDialogProps) {
  const [note, setNote] = useState('');
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const guard = useDiscardGuard({ dirty: note.trim() !== '', busy, onLeave: onClose });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    if (note.trim() === '') {
      showErrors({ note: 'Schrijf kort je bevinding op.' }, null);
      return;
    }
    const result = await send(() => api.emergency.review({ id: grant.id, note }));
    if (result.ok) onReviewed(result.value);
  }

  return (
    <Dialog title="Noodtoegang beoordelen" onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <dl className="details-list">
          <dt>Medewerker</dt>
          <dd>
            {grant.userName} ({roleLabels[grant.role]})
          </dd>
          <dt>Jongere</dt>
          <dd>{grant.youthName}</dd>
          <dt>Geopend op</dt>
          <dd>{formatDateTime(grant.grantedAt)}</dd>
          <dt>Geldig tot</dt>
          <dd>{formatDateTime(grant.expiresAt)}</dd>
          <dt>Reden</dt>
          <dd>{grant.reason}</dd>
        </dl>
        <FormError message={formError} />
        <TextAreaField
          label="Jouw bevinding"
          hint="Was de noodtoegang nodig en terecht? Schrijf ook op wat je hebt afgesproken, bijvoorbeeld een gesprek met de medewerker."
          value={note}
          onChange={(value) => {
            setNote(value);
            setErrors({});
          }}
          error={errors.note}
          maxLength={1000}
          required
          autoFocus
        />
        <GuardedFormActions guard={guard} submitLabel="Beoordeling opslaan" busy={busy} />
      </form>
    </Dialog>
  );
}
