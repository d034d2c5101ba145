import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useRef } from 'react';
import type { GraphImageState, Network } from '../../../../preload/contract';
import '../../../styles/networkGraph.css';
import { ActiveNodeLinks } from './ActiveNodeLinks';
import { fitOptions, GraphCanvas } from './GraphCanvas';
import { GraphImageExport } from './GraphImageExport';
import { GraphLegend } from './GraphLegend';
import { useGraphKeyboard } from './useGraphKeyboard';
import { useGraphNodes } from './useGraphNodes';
import type { MovedEntities } from './usePositionSaver';

export interface NetworkGraphProps {
  youthId: string;
  /** Shown in the centre node, in accessible names and on the exported image. */
  youthName: string;
  network: Network;
  /** Enter or double-click on an entity, or its "Gegevens openen" button: open its dialog. */
  onOpenEntity: (id: string) => void;
  /** A click on a link or its label, or a link in the list under the graph: open its dialog. */
  onOpenLink: (id: string) => void;
  /**
   * Start a new link. From a mouse connection between two nodes, in the direction it was dragged
   * (null is the youth, at either end), or from "Verband maken vanaf …" with only fromId: the
   * dialog then asks for the other end.
   */
  onRequestLink: (fromId: string | null, toId?: string | null) => void;
  /**
   * Entities moved by mouse or keyboard, in graph units (node centres; the youth is at 0,0):
   * call `api.network.savePositions` so the graph looks the same next visit. Sent when a drag
   * ends, half a second after the last arrow-key step, and when the graph closes.
   */
  onMoveEntities: (positions: MovedEntities) => void;
  /** After "Afbeelding opslaan (PNG)": main now holds this image for the PDFs. */
  onImageSaved: (image: GraphImageState) => void;
}

/** The editable network graph of one youth; the tables are the other view of the same data. */
export function NetworkGraph(props: NetworkGraphProps) {
  return (
    <ReactFlowProvider>
      <NetworkGraphView {...props} />
    </ReactFlowProvider>
  );
}

function NetworkGraphView({ youthId, youthName, network, onOpenEntity, onOpenLink, onRequestLink, onMoveEntities, onImageSaved }: NetworkGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const flow = useReactFlow();
  const { nodes, edges, activeId, setActiveId, onNodesChange, savePositionsNow } = useGraphNodes(network, youthName, onMoveEntities);
  const keyboard = useGraphKeyboard({ container, nodes, onOpenEntity, onActivate: setActiveId });

  return (
    <div className="network-graph">
      <div className="graph-toolbar">
        <button type="button" className="button" onClick={() => void flow.fitView(fitOptions)}>
          Passend maken
        </button>
        <button type="button" className="button" onClick={() => void flow.zoomIn()}>
          Inzoomen
        </button>
        <button type="button" className="button" onClick={() => void flow.zoomOut()}>
          Uitzoomen
        </button>
        <GraphImageExport
          container={container}
          youthId={youthId}
          youthName={youthName}
          image={network.graphImage}
          savePositionsNow={savePositionsNow}
          onImageSaved={onImageSaved}
        />
      </div>
      <p className="graph-help">
        Toetsenbord: Tab gaat langs de punten en hun knoppen, de pijltjestoetsen naar het dichtstbijzijnde punt in die richting, Enter
        opent de gegevens. Spatie selecteert een punt; dan verplaatsen de pijltjestoetsen het en zet Escape het weer vast. Muis: sleep een
        punt om het te verplaatsen, sleep vanaf het bolletje naar een ander punt voor een nieuw verband, dubbelklik opent de gegevens.
      </p>
      {network.entities.length === 0 && <p className="muted">Het netwerk is nog leeg: alleen {youthName} staat in de grafiek.</p>}
      <div ref={container} className="graph-canvas" onKeyDownCapture={keyboard.onKeyDownCapture} onFocusCapture={keyboard.onFocusCapture}>
        <GraphCanvas
          youthName={youthName}
          nodes={nodes}
          edges={edges}
          onNodesChange={onNodesChange}
          onOpenEntity={onOpenEntity}
          onOpenLink={onOpenLink}
          onRequestLink={onRequestLink}
          onMoveEnd={savePositionsNow}
        />
      </div>
      <ActiveNodeLinks network={network} youthName={youthName} activeId={activeId} onOpenLink={onOpenLink} />
      <GraphLegend />
    </div>
  );
}
