import { useEffect, useState } from 'react';
import { FieldFrame } from '../../components/FieldFrame';
import { acceptedPictureTypes } from './pictureBytes';
import { WebcamCapture } from './WebcamCapture';

export interface Picture {
  blob: Blob;
  from: 'file' | 'camera';
}

interface PictureFieldProps {
  picture: Picture | null;
  onChange: (picture: Picture | null) => void;
  error?: string | undefined;
  disabled: boolean;
}

/** The photo itself: a file from the computer or a frame from the webcam, with a preview once chosen. */
export function PictureField({ picture, onChange, error, disabled }: PictureFieldProps) {
  const [camera, setCamera] = useState(false);
  const previewUrl = usePreviewUrl(picture?.blob);

  if (camera) {
    return (
      <WebcamCapture
        onCapture={(frame) => {
          setCamera(false);
          onChange({ blob: frame, from: 'camera' });
        }}
        onCancel={() => setCamera(false)}
      />
    );
  }

  if (picture && previewUrl) {
    return (
      <div className="field">
        <p className="field-label">Foto</p>
        <img src={previewUrl} alt={picture.from === 'camera' ? 'De zojuist gemaakte foto' : 'De gekozen foto'} className="photo-preview" />
        <div className="form-actions">
          <button type="button" className="button" onClick={() => onChange(null)} disabled={disabled}>
            Andere foto kiezen
          </button>
        </div>
      </div>
    );
  }

  return (
    <>
      <FieldFrame label="Foto uit een bestand" hint="Een JPEG- of PNG-foto. De app slaat een verkleinde kopie op, zonder locatie- en cameragegevens." error={error} required>
        {(control) => (
          <input
            {...control}
            type="file"
            accept={acceptedPictureTypes}
            className="field-input"
            disabled={disabled}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) onChange({ blob: file, from: 'file' });
            }}
          />
        )}
      </FieldFrame>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setCamera(true)} disabled={disabled}>
          Foto maken met de webcam
        </button>
      </div>
    </>
  );
}

/** A blob: URL for the preview, revoked when the picture changes or the field goes away. */
function usePreviewUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!blob) {
      setUrl(undefined);
      return;
    }
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}
