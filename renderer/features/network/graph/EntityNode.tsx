import { Handle, Position, type NodeProps } from '@xyflow/react';
import { entityKindLabels } from '../../../../preload/contract';
import type { EntityGraphNode, YouthGraphNode } from './graphModel';
import { FlagIcon, KindIcon } from './KindIcon';
import { NodeActions } from './NodeActions';

/**
 * An entity: its shape and icon show the kind, and the kind is written out too, so neither
 * colour nor shape has to be recognised. The handle is where a mouse user drags a new link from.
 */
export function EntityNode({ id, data }: NodeProps<EntityGraphNode>) {
  return (
    <div className={`graph-node graph-node--${data.kind}`}>
      <KindIcon kind={data.kind} />
      <div className="graph-node__text">
        <span className="graph-node__kind">{entityKindLabels[data.kind]}</span>
        <span className="graph-node__label">{data.label}</span>
        {data.subtitle && <span className="graph-node__subtitle">{data.subtitle}</span>}
        {(data.atRisk || data.shareWithPolice) && (
          <span className="graph-node__flags">
            {data.atRisk && (
              <span className="graph-flag graph-flag--atRisk">
                <FlagIcon flag="atRisk" />
                Risico
              </span>
            )}
            {data.shareWithPolice && (
              <span className="graph-flag graph-flag--police">
                <FlagIcon flag="police" />
                Politie
              </span>
            )}
          </span>
        )}
      </div>
      {data.active && <NodeActions entityId={id} name={data.label} />}
      <Handle type="source" position={Position.Right} className="graph-handle" />
    </div>
  );
}

/** The youth, fixed in the centre. */
export function YouthNode({ data }: NodeProps<YouthGraphNode>) {
  return (
    <div className="graph-node graph-node--youth">
      <KindIcon kind="youth" />
      <div className="graph-node__text">
        <span className="graph-node__kind">Jongere</span>
        <span className="graph-node__label">{data.name}</span>
      </div>
      {data.active && <NodeActions entityId={null} name={data.name} />}
      <Handle type="source" position={Position.Right} className="graph-handle" />
    </div>
  );
}
