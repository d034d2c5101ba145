import { useCallback } from 'react';
import type { PhotoSummary } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import { photoTitle } from './photoText';

/** The photo at full size; main logs the look. */
export function PhotoViewerDialog({ photo, onClose }: { photo: PhotoSummary; onClose: () => void }) {
  const fetchPhoto = useCallback(() => api.photos.get({ id: photo.id }), [photo.id]);
  const { load, retry } = useLoad(fetchPhoto);
  return (
    <Dialog title={photoTitle(photo)} onRequestClose={onClose}>
      <div className="form">
        {load.state === 'loading' && <p role="status">Foto openen…</p>}
        {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
        {load.state === 'loaded' && (
          <figure className="photo-full">
            <img src={load.value.imageDataUrl} alt={photoTitle(photo)} width={load.value.width} height={load.value.height} />
            {photo.caption && <figcaption>{photo.caption}</figcaption>}
          </figure>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose} autoFocus>
            Sluiten
          </button>
        </div>
      </div>
    </Dialog>
  );
}
