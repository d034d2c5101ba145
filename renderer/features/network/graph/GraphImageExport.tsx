import { useReactFlow } from '@xyflow/react';
import { useState, type RefObject } from 'react';
import type { GraphImageState } from '../../../../preload/contract';
import { api } from '../../../app/api';
import { FormError } from '../../../components/FormError';
import { formatDateTime } from '../../../components/formatDateTime';
import { drawnGraph } from './drawnGraph';
import { renderGraphImage } from './graphImage';
import type { GraphNode, LinkGraphEdge } from './graphModel';

interface GraphImageExportProps {
  container: RefObject<HTMLElement | null>;
  youthId: string;
  youthName: string;
  /** The image main holds now, if any, and whether the network still looks like it (main judges a new one by what it drew). */
  image: GraphImageState | null;
  /** Sends moves still waiting, so main stores the image with the layout it shows. */
  savePositionsNow: () => void;
  onImageSaved: (image: GraphImageState) => void;
}

/**
 * "Afbeelding opslaan (PNG)": the graph goes to main, which keeps it for the PDFs. It is not
 * offered as a file here: the PDFs log what leaves the app, a loose PNG would not be logged.
 */
export function GraphImageExport({ container, youthId, youthName, image, savePositionsNow, onImageSaved }: GraphImageExportProps) {
  const flow = useReactFlow<GraphNode, LinkGraphEdge>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const viewport = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    savePositionsNow();
    setBusy(true);
    setError(null);
    try {
      const title = `Netwerk van ${youthName} · ${formatDateTime(new Date().toISOString())}`;
      const nodes = flow.getNodes();
      // Taken with the picture: the nodes and edges it is drawn from.
      const drawn = drawnGraph(nodes, flow.getEdges());
      const pngBase64 = await renderGraphImage(viewport, flow.getNodesBounds(nodes), title);
      const result = await api.network.saveGraphImage({ youthId, pngBase64, drawn });
      if (result.ok) onImageSaved(result.value);
      else setError(result.error.message);
    } catch {
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
      <p className="graph-export__saved">
        {image ? (
          <>
            Afbeelding voor de PDF's: opgeslagen op {formatDateTime(image.savedAt)}
            {!image.upToDate && (
              <>
                , <strong className="graph-export__outdated">verouderd — sla opnieuw op</strong>
              </>
            )}
          </>
        ) : (
          "Nog geen afbeelding voor de PDF's opgeslagen."
        )}
      </p>
      <p role="status" className="graph-export__status">
        {busy ? 'Afbeelding maken…' : ''}
      </p>
      <FormError message={error} />
    </div>
  );
}
