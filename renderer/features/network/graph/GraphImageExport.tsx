import { useReactFlow } from '@xyflow/react';
import { useEffect, useState, type RefObject } from 'react';
import { api } from '../../../app/api';
import { FormError } from '../../../components/FormError';
import { formatDateTime } from '../../../components/formatDateTime';
import { localTodayIso } from '../../youths/youthDates';
import { renderGraphImage } from './graphImage';

interface GraphImageExportProps {
  container: RefObject<HTMLElement | null>;
  youthId: string;
  youthName: string;
  onImageSaved?: (savedAt: string) => void;
}

/**
 * "Afbeelding opslaan (PNG)": the graph goes to main (kept for the PDFs) and the same file is
 * offered as a download from a blob: URL, which the CSP allows and which never leaves the PC.
 */
export function GraphImageExport({ container, youthId, youthName, onImageSaved }: GraphImageExportProps) {
  const flow = useReactFlow();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [download, setDownload] = useState<{ url: string; fileName: string } | null>(null);
  useEffect(() => () => void (download && URL.revokeObjectURL(download.url)), [download]);

  async function save() {
    const viewport = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    setBusy(true);
    setError(null);
    setMessage('Afbeelding maken…');
    try {
      const title = `Netwerk van ${youthName} · ${formatDateTime(new Date().toISOString())}`;
      const image = await renderGraphImage(viewport, flow.getNodesBounds(flow.getNodes()), title);
      const result = await api.network.saveGraphImage({ youthId, pngBase64: image.base64 });
      if (!result.ok) {
        setMessage('');
        setError(result.error.message);
        return;
      }
      setDownload({ url: URL.createObjectURL(image.blob), fileName: `netwerk-${fileNamePart(youthName)}-${localTodayIso()}.png` });
      setMessage(`Afbeelding opgeslagen voor de PDF's (${formatDateTime(result.value.savedAt)}).`);
      onImageSaved?.(result.value.savedAt);
    } catch {
      setMessage('');
      setError('De afbeelding kon niet worden gemaakt. Probeer het opnieuw.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="graph-export">
      <button type="button" className="button" onClick={() => void save()} disabled={busy}>
        {busy ? 'Bezig…' : 'Afbeelding opslaan (PNG)'}
      </button>
      {download && (
        <a className="button" href={download.url} download={download.fileName}>
          Afbeelding downloaden
        </a>
      )}
      <p role="status" className="graph-export__status">
        {message}
      </p>
      <FormError message={error} />
    </div>
  );
}

function fileNamePart(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'jongere';
}
