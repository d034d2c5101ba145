import type { Network } from '../../../../preload/contract';
import { describeLink, nodeLabels, youthNodeId } from './graphModel';

interface ActiveNodeLinksProps {
  network: Network;
  youthName: string;
  activeId: string;
  onOpenLink: (id: string) => void;
}

/**
 * The links of the node last focused or clicked, as buttons: in the drawing itself links take no
 * keyboard focus (a tab stop per line would bury the nodes), so this is their keyboard way in.
 */
export function ActiveNodeLinks({ network, youthName, activeId, onOpenLink }: ActiveNodeLinksProps) {
  const entity = activeId === youthNodeId ? undefined : network.entities.find((candidate) => candidate.id === activeId);
  const name = entity?.label ?? youthName;
  const id = entity?.id ?? null;
  const labels = nodeLabels(network, youthName);
  const links = network.links.filter((link) => link.fromId === id || link.toId === id);

  return (
    <section className="graph-active" aria-labelledby="graph-active-heading">
      <h3 id="graph-active-heading" className="graph-active__heading">
        Verbanden van {name}
      </h3>
      {links.length > 0 ? (
        <ul className="graph-active__links">
          {links.map((link) => (
            <li key={link.id}>
              <button type="button" className="graph-link-button" onClick={() => onOpenLink(link.id)}>
                {describeLink(link, labels)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{name} heeft nog geen verbanden.</p>
      )}
    </section>
  );
}
