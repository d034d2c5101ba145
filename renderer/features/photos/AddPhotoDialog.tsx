import { useEffect, useRef, useState, type FormEvent } from 'react';
import { maxPhotoUploadBytes, newPhotoSchema, recentPhotoMonths, type PhotoKind, type PhotoSummary } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { localTodayIso } from '../youths/youthDates';
import { blobToBase64 } from './pictureBytes';
import { PhotoKindField } from './PhotoKindField';
import { PictureField, type Picture } from './PictureField';

interface AddPhotoDialogProps {
  youthId: string;
  onClose: () => void;
  onAdded: (photo: PhotoSummary) => void;
  onDirtyChange: (dirty: boolean) => void;
}

const tooLarge = `Deze foto is te groot (hooguit ${maxPhotoUploadBytes / 1024 / 1024} MB). Kies een kleinere foto.`;

/** A photo from a file or the webcam, with its kind, caption and the day it was taken. */
export function AddPhotoDialog({ youthId, onClose, onAdded, onDirtyChange }: AddPhotoDialogProps) {
  const [today] = useState(localTodayIso);
  const [picture, setPicture] = useState<Picture | null>(null);
  const [kind, setKind] = useState<PhotoKind>('portrait');
  const [caption, setCaption] = useState('');
  const [takenOn, setTakenOn] = useState(today);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = picture !== null || caption.trim() !== '' || takenOn !== today || kind !== 'portrait';
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });
  const progressRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (busy) progressRef.current?.focus();
  }, [busy]);

  useEffect(() => {
    onDirtyChange(dirty);
  }, [dirty, onDirtyChange]);
  // Closing the dialog, saved or not, leaves nothing unsaved in this part of the file.
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  function clearError(field: string) {
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    if (picture && picture.blob.size > maxPhotoUploadBytes) {
      showErrors({ imageBase64: tooLarge }, null);
      return;
    }
    const input = { youthId, kind, caption, takenOn, imageBase64: picture ? await blobToBase64(picture.blob) : '' };
    const parsed = newPhotoSchema.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      if (fields.imageBase64 && !picture) fields.imageBase64 = 'Kies een foto uit een bestand, of maak er een met de webcam.';
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.photos.add(parsed.data));
    if (result.ok) onAdded(result.value);
  }

  return (
    <Dialog title="Foto toevoegen" onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          Velden met <span aria-hidden="true">*</span> zijn verplicht. De foto wordt versleuteld in de database bewaard, niet als los bestand.
        </p>
        <FormError message={formError} />
        <PictureField
          picture={picture}
          onChange={(value) => {
            setPicture(value);
            clearError('imageBase64');
          }}
          error={errors.imageBase64}
          disabled={busy}
        />
        <PhotoKindField
          value={kind}
          onChange={(value) => {
            setKind(value);
            clearError('caption');
          }}
          disabled={busy}
        />
        <TextAreaField
          label={kind === 'mark' ? 'Wat en waar' : 'Onderschrift'}
          value={caption}
          onChange={(value) => {
            setCaption(value);
            clearError('caption');
          }}
          error={errors.caption}
          hint={kind === 'mark' ? 'Wat de foto laat zien en waar op het lichaam, bijvoorbeeld: tatoeage van een kroon op de linkerpols.' : 'Optioneel, bijvoorbeeld: haar sinds kort kort geknipt.'}
          rows={2}
          maxLength={300}
          required={kind === 'mark'}
          disabled={busy}
        />
        <TextField
          label="Datum van de foto"
          type="date"
          value={takenOn}
          max={today}
          onChange={(value) => {
            setTakenOn(value);
            clearError('takenOn');
          }}
          error={errors.takenOn}
          hint={`De dag waarop de foto is gemaakt. Een portretfoto ouder dan ${recentPhotoMonths} maanden geldt niet meer als recent.`}
          required
          disabled={busy}
        />
        {/* Every control is disabled while main works, so the focus waits here instead of being lost. */}
        <p role="status" className="photo-progress" tabIndex={-1} ref={progressRef}>
          {busy && (
            <>
              <progress aria-label="Foto verwerken" />
              De foto wordt verkleind en zonder locatie- en cameragegevens opgeslagen…
            </>
          )}
        </p>
        <GuardedFormActions guard={guard} submitLabel="Foto opslaan" busy={busy} />
      </form>
    </Dialog>
  );
}
