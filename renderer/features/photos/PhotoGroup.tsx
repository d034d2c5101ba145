import { useId } from 'react';
import type { PhotoSummary } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { photoTitle } from './photoText';

interface PhotoGroupProps {
  title: string;
  intro: string;
  empty: string;
  photos: readonly PhotoSummary[];
  onView: (photo: PhotoSummary) => void;
  onRemove: (photo: PhotoSummary) => void;
}

/** One kind of photo as a list of thumbnails, each with its date, caption, who added it, and its actions. */
export function PhotoGroup({ title, intro, empty, photos, onView, onRemove }: PhotoGroupProps) {
  const headingId = useId();
  return (
    <section className="photo-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">{intro}</p>
      {photos.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="photo-list">
          {photos.map((photo) => (
            <li key={photo.id} className="photo-item">
              <img src={photo.thumbnailDataUrl} alt={photoTitle(photo)} className="photo-thumbnail" />
              <div className="photo-item-text">
                <p className="photo-item-title">{photoTitle(photo)}</p>
                {photo.caption && <p>{photo.caption}</p>}
                <p className="muted">
                  Toegevoegd door {photo.addedByName} op {formatDateTime(photo.addedAt)}
                </p>
                <div className="row-action-buttons">
                  <button type="button" className="button button-small" onClick={() => onView(photo)} aria-label={`${photoTitle(photo)} bekijken`}>
                    Bekijken
                  </button>
                  <button type="button" className="button button-small button-danger" onClick={() => onRemove(photo)} aria-label={`${photoTitle(photo)} verwijderen`}>
                    Verwijderen
                  </button>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
