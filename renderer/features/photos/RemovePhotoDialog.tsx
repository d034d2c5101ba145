import { useState } from 'react';
import type { PhotoSummary } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { photoTitle } from './photoText';

interface RemovePhotoDialogProps {
  photo: PhotoSummary;
  onCancel: () => void;
  onRemoved: (photo: PhotoSummary) => void;
}

/** Asks before a photo is removed for good: there is no bin to restore it from. */
export function RemovePhotoDialog({ photo, onCancel, onRemoved }: RemovePhotoDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    const result = await api.photos.remove({ id: photo.id });
    setBusy(false);
    if (result.ok) onRemoved(photo);
    else setError(result.error.message);
  }

  return (
    <ConfirmDialog title="Foto verwijderen?" confirmLabel="Foto verwijderen" danger busy={busy} error={error} onConfirm={() => void remove()} onCancel={onCancel}>
      <img src={photo.thumbnailDataUrl} alt={photoTitle(photo)} className="photo-thumbnail" />
      <p>
        De {photoTitle(photo).toLowerCase()} wordt uit het dossier verwijderd en kan niet worden teruggehaald.
      </p>
    </ConfirmDialog>
  );
}
