import { useEffect, useRef, useState } from 'react';
import { cameraErrorMessage, noCameraSupport } from './cameraMessages';

interface WebcamCaptureProps {
  onCapture: (frame: Blob) => void;
  onCancel: () => void;
}

type CameraState = { state: 'starting' } | { state: 'live' } | { state: 'failed'; message: string };

function stop(stream: MediaStream | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/**
 * A live preview and a button that takes the frame. The camera is on only while this is shown:
 * taking the photo, cancelling, closing the dialog and locking the app (which closes every open
 * dialog) all switch it off.
 */
export function WebcamCapture({ onCapture, onCancel }: WebcamCaptureProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | undefined>(undefined);
  const [camera, setCamera] = useState<CameraState>({ state: 'starting' });
  // The latest callback, so the effect below runs once and still calls the current one.
  const onCancelRef = useRef(onCancel);
  useEffect(() => {
    onCancelRef.current = onCancel;
  });

  useEffect(() => {
    let ended = false;
    async function start() {
      if (!navigator.mediaDevices?.getUserMedia) {
        setCamera({ state: 'failed', message: noCameraSupport });
        return;
      }
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: false });
        if (ended) {
          stop(stream);
          return;
        }
        streamRef.current = stream;
        // 'live' waits for the first frame (onLoadedData): before it, a shot would have no picture.
        if (videoRef.current) videoRef.current.srcObject = stream;
      } catch (error) {
        if (!ended) setCamera({ state: 'failed', message: cameraErrorMessage(error) });
      }
    }
    void start();
    const dialog = videoRef.current?.closest('dialog');
    const closed = () => onCancelRef.current();
    dialog?.addEventListener('close', closed);
    return () => {
      ended = true;
      dialog?.removeEventListener('close', closed);
      stop(streamRef.current);
    };
  }, []);

  function capture() {
    const video = videoRef.current;
    if (!video || !video.videoWidth) return;
    const canvas = document.createElement('canvas');
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext('2d')?.drawImage(video, 0, 0);
    canvas.toBlob((frame) => frame && onCapture(frame), 'image/jpeg', 0.92);
  }

  return (
    <div className="webcam">
      {camera.state === 'failed' ? (
        <p role="alert" className="form-error">
          {camera.message}
        </p>
      ) : (
        <>
          <video
            ref={videoRef}
            className="webcam-preview"
            autoPlay
            muted
            playsInline
            aria-label="Beeld van de webcam"
            onLoadedData={() => setCamera((current) => (current.state === 'starting' ? { state: 'live' } : current))}
          />
          <p role="status" className="muted">
            {camera.state === 'starting' ? 'De webcam wordt aangezet…' : 'Zorg dat het gezicht of het kenmerk goed in beeld is, met genoeg licht.'}
          </p>
        </>
      )}
      <div className="form-actions">
        {camera.state !== 'failed' && (
          <button type="button" className="button button-primary" onClick={capture} disabled={camera.state !== 'live'}>
            Maak foto
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {camera.state === 'failed' ? 'Terug' : 'Webcam uitzetten'}
        </button>
      </div>
    </div>
  );
}
