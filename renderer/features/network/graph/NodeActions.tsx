import { useContext, type KeyboardEvent, type MouseEvent } from 'react';
import { GraphActionsContext } from './graphActions';

/** Keeps a key or click on these buttons from also selecting or moving the node around them. */
const keepInside = (event: KeyboardEvent | MouseEvent) => event.stopPropagation();

/**
 * The active node's own buttons (the node last focused or clicked). They sit inside the node,
 * so Tab from the node lands on them straight away, but are drawn below it (CSS) so the node
 * keeps its size and place. Left out of the exported image.
 */
export function NodeActions({ entityId, name }: { entityId: string | null; name: string }) {
  const actions = useContext(GraphActionsContext);
  return (
    <div className="graph-node__actions nodrag nopan" onKeyDown={keepInside} onClick={keepInside} onDoubleClick={keepInside}>
      {entityId && (
        <button type="button" className="graph-node__action" onClick={() => actions.openEntity(entityId)}>
          Gegevens openen
        </button>
      )}
      <button type="button" className="graph-node__action" onClick={() => actions.requestLinkFrom(entityId)}>
        Verband maken vanaf {name}
      </button>
    </div>
  );
}
