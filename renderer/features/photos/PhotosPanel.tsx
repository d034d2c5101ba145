import { useCallback, useEffect, useRef, useState } from 'react';
import { comparePhotos, type PhotoKind, type PhotoSummary } from '../../../preload/contract';
import type { FilePanelProps } from '../youths/filePanel';
import { AddPhotoDialog } from './AddPhotoDialog';
import { PhotoGroup } from './PhotoGroup';
import { photoTitle } from './photoText';
import { PhotoViewerDialog } from './PhotoViewerDialog';
import { RecentPhoto } from './RecentPhoto';
import { RemovePhotoDialog } from './RemovePhotoDialog';
import '../../styles/photos.css';

const photoGroups: { kind: PhotoKind; title: string; intro: string; empty: string }[] = [
  {
    kind: 'portrait',
    title: 'Portretfoto’s',
    intro: 'Nieuwste eerst. De nieuwste portretfoto is de recente foto voor de politie.',
    empty: 'Er zijn nog geen portretfoto’s.',
  },
  {
    kind: 'mark',
    title: 'Kenmerken',
    intro: 'Tatoeages, littekens, piercings en andere kenmerken waaraan de jongere te herkennen is.',
    empty: 'Er zijn nog geen foto’s van kenmerken.',
  },
];

/** The youth's photos: the recent portrait first, then every portrait and every photo of a distinguishing mark. */
export function PhotosPanel({ file, onFileChange, onDirtyChange, announce }: FilePanelProps) {
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<PhotoSummary | null>(null);
  const [removing, setRemoving] = useState<PhotoSummary | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // After a removal the photo's own buttons are gone: focus goes to the panel's main action, once
  // the confirmation dialog has closed (a modal dialog keeps focus from leaving it).
  const [removals, setRemovals] = useState(0);
  useEffect(() => {
    if (removals > 0) addRef.current?.focus();
  }, [removals]);
  const youthName = file.youth.alias || file.youth.firstName;

  const closeAdding = useCallback(() => setAdding(false), []);

  function added(photo: PhotoSummary) {
    onFileChange({ photos: [...file.photos, photo].sort(comparePhotos) });
    announce(`${photoTitle(photo)} toegevoegd.`);
    setAdding(false);
  }

  function removed(photo: PhotoSummary) {
    onFileChange({ photos: file.photos.filter((candidate) => candidate.id !== photo.id) });
    announce(`${photoTitle(photo)} verwijderd.`);
    setRemoving(null);
    setRemovals((count) => count + 1);
  }

  return (
    <section className="panel photos-panel" aria-labelledby="photos-heading">
      <div className="section-header">
        <h2 id="photos-heading" className="section-heading">
          Foto’s
        </h2>
        <button ref={addRef} type="button" className="button button-primary" onClick={() => setAdding(true)}>
          Foto toevoegen
        </button>
      </div>
      <RecentPhoto portrait={file.photos.find((photo) => photo.kind === 'portrait')} youthName={youthName} />
      {photoGroups.map((group) => (
        <PhotoGroup key={group.kind} {...group} photos={file.photos.filter((photo) => photo.kind === group.kind)} onView={setViewing} onRemove={setRemoving} />
      ))}
      {adding && <AddPhotoDialog youthId={file.youth.id} onClose={closeAdding} onAdded={added} onDirtyChange={onDirtyChange} />}
      {viewing && <PhotoViewerDialog photo={viewing} onClose={() => setViewing(null)} />}
      {removing && <RemovePhotoDialog photo={removing} onCancel={() => setRemoving(null)} onRemoved={removed} />}
    </section>
  );
}
