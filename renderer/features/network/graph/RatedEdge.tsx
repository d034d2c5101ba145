import { EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { useContext } from 'react';
import { GraphActionsContext } from './graphActions';
import { edgeShape, type Box } from './edgeGeometry';
import type { LinkGraphEdge } from './graphModel';
import { doubleLineGap, ratingEncodings } from './ratingEncoding';

/**
 * A link: colour, width, dashes and a double line for danger encode the rating (see the
 * legend), an arrowhead the direction, and the label names the kind of link. Drawn straight
 * between the two nodes' borders, whatever side they are on.
 */
export function RatedEdge({ id, source, target, data }: EdgeProps<LinkGraphEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const { openLink } = useContext(GraphActionsContext);
  if (!from || !to || !data) return null;
  const shape = edgeShape(box(from), box(to), data.bend, data.directed);
  const look = ratingEncodings[data.rating];
  return (
    <>
      <path className="react-flow__edge-interaction" d={shape.path} fill="none" strokeOpacity={0} strokeWidth={20} />
      <path d={shape.path} fill="none" stroke={look.colour} strokeWidth={look.width} strokeDasharray={look.dash.length ? look.dash.join(' ') : undefined} />
      {look.double && <path d={shape.path} fill="none" stroke="#ffffff" strokeWidth={doubleLineGap} />}
      {shape.arrow && <polygon points={shape.arrow} fill={look.colour} />}
      <EdgeLabelRenderer>
        {/* The edge itself carries the full accessible name; this is the visible short form. */}
        <div
          aria-hidden="true"
          className={`graph-edge-label graph-edge-label--${data.rating} nopan`}
          style={{ transform: `translate(-50%, -50%) translate(${shape.labelX}px, ${shape.labelY}px)` }}
          onClick={() => openLink(id)}
        >
          {data.typeLabel}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

function box(node: InternalNode): Box {
  return { ...node.internals.positionAbsolute, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}
