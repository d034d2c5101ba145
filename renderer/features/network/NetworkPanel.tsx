import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { entityKinds, type EntityKind, type Network, type NetworkEntity, type NetworkLink } from '../../../preload/contract';
import { api } from '../../app/api';
import type { FilePanelProps } from '../youths/filePanel';
import { DeleteEntityDialog } from './DeleteEntityDialog';
import { DeleteLinkDialog } from './DeleteLinkDialog';
import { EntityDialog } from './EntityDialog';
import { EntityTable } from './EntityTable';
import { describeLink, nodeLabels } from './graph/graphModel';
import { NetworkGraph } from './graph/NetworkGraph';
import type { MovedEntities } from './graph/usePositionSaver';
import { LinkDialog } from './LinkDialog';
import { LinkTable } from './LinkTable';
import { replaceById, withImageOutdated, withPositions } from './networkUpdates';
import '../../styles/network.css';

type Action =
  | { kind: 'none' }
  | { kind: 'entity'; entity?: NetworkEntity; presetKind?: EntityKind }
  | { kind: 'link'; link?: NetworkLink; fromId?: string | null; toId?: string | null }
  | { kind: 'deleteEntity'; entity: NetworkEntity }
  | { kind: 'deleteLink'; link: NetworkLink };

type View = 'table' | 'graph';

const addLabels: Record<EntityKind, string> = {
  person: 'Persoon toevoegen',
  place: 'Plek toevoegen',
  vehicle: 'Voertuig toevoegen',
  phone: 'Telefoonnummer toevoegen',
  account: 'Online account toevoegen',
};

/** The network analysis of one youth: who and what is around them, and how, as tables or as a graph. */
export function NetworkPanel({ file, onFileChange, onDirtyChange, announce }: FilePanelProps) {
  const network = file.network;
  const youthId = file.youth.id;
  const youthName = `${file.youth.firstName} ${file.youth.lastName}`;
  const [view, setView] = useState<View>('table');
  const [action, setAction] = useState<Action>({ kind: 'none' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A position save answers after a moment; by then the network may have changed in a dialog.
  const latestNetwork = useRef(network);
  useEffect(() => {
    latestNetwork.current = network;
  }, [network]);
  const close = () => setAction({ kind: 'none' });

  function change(next: Network, message: string) {
    onFileChange({ network: withImageOutdated(next) });
    close();
    announce(message);
  }

  /** After a delete the row that held focus is gone: focus goes to the top of the panel. */
  function changeAndRefocus(next: Network, message: string) {
    flushSync(() => change(next, message));
    headingRef.current?.focus();
  }

  async function savePositions(positions: MovedEntities) {
    const result = await api.network.savePositions({ youthId, positions });
    if (result.ok) onFileChange({ network: withImageOutdated(withPositions(latestNetwork.current, positions)) });
    else announce(`De nieuwe plek in de grafiek is niet bewaard: ${result.error.message}`);
  }

  const openEntity = (id: string) => {
    const entity = network.entities.find((candidate) => candidate.id === id);
    if (entity) setAction({ kind: 'entity', entity });
  };
  const openLink = (id: string) => {
    const link = network.links.find((candidate) => candidate.id === id);
    if (link) setAction({ kind: 'link', link });
  };

  return (
    <section className="panel network-panel" aria-labelledby="network-heading">
      <h2 id="network-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        Netwerkanalyse
      </h2>
      {network.entities.length === 0 && (
        <div className="empty-state network-empty">
          <p className="empty-state-title">Het netwerk van {youthName} is nog leeg.</p>
          <p>
            In de netwerkanalyse leg je vast wie en wat er om de jongere heen is: familie, vrienden, nieuwe contacten en mogelijke uitbuiters
            of ronselaars, maar ook plekken, voertuigen, telefoonnummers en online accounts. Daarna leg je de verbanden: wie met wie, wat
            voor verband, en of het beschermend, neutraal, zorgelijk of gevaarlijk is. Schrijf bij alles de bron en de datum op. Het netwerk
            staat als tabel en als grafiek in het dossier en gaat mee in het vermissingsdossier.
          </p>
        </div>
      )}
      <div className="page-actions" role="group" aria-label="Toevoegen aan het netwerk">
        {entityKinds.map((kind) => (
          <button key={kind} type="button" className={kind === 'person' ? 'button button-primary' : 'button'} onClick={() => setAction({ kind: 'entity', presetKind: kind })}>
            {addLabels[kind]}
          </button>
        ))}
        {network.entities.length > 0 && (
          <button type="button" className="button" onClick={() => setAction({ kind: 'link' })}>
            Verband toevoegen
          </button>
        )}
      </div>
      <div className="view-switch" role="group" aria-label="Weergave van het netwerk">
        {(['table', 'graph'] as const).map((option) => (
          <button key={option} type="button" className="button view-switch-button" aria-pressed={view === option} onClick={() => setView(option)}>
            {option === 'table' ? 'Tabel' : 'Grafiek'}
          </button>
        ))}
      </div>
      {view === 'table' ? (
        <>
          <section className="network-section" aria-labelledby="network-entities-heading">
            <h3 id="network-entities-heading" className="network-subheading">
              Personen, plekken en andere punten ({network.entities.length})
            </h3>
            {network.entities.length > 0 ? (
              <EntityTable
                entities={network.entities}
                onEdit={(entity) => setAction({ kind: 'entity', entity })}
                onDelete={(entity) => setAction({ kind: 'deleteEntity', entity })}
              />
            ) : (
              <p className="muted">Nog niets toegevoegd. Begin bijvoorbeeld met ‘Persoon toevoegen’.</p>
            )}
          </section>
          <section className="network-section" aria-labelledby="network-links-heading">
            <h3 id="network-links-heading" className="network-subheading">
              Verbanden ({network.links.length})
            </h3>
            {network.links.length > 0 ? (
              <LinkTable
                network={network}
                youthName={youthName}
                onEdit={(link) => setAction({ kind: 'link', link })}
                onDelete={(link) => setAction({ kind: 'deleteLink', link })}
              />
            ) : (
              <p className="muted">
                {network.entities.length > 0 ? 'Nog geen verbanden. Kies ‘Verband toevoegen’.' : 'Verbanden leg je zodra er een persoon of ander punt is.'}
              </p>
            )}
          </section>
        </>
      ) : (
        <NetworkGraph
          youthId={youthId}
          youthName={youthName}
          network={network}
          onOpenEntity={openEntity}
          onOpenLink={openLink}
          onRequestLink={(fromId, toId) => setAction({ kind: 'link', fromId, ...(toId === undefined ? {} : { toId }) })}
          onMoveEntities={(positions) => void savePositions(positions)}
          onImageSaved={(graphImage) => {
            onFileChange({ network: { ...latestNetwork.current, graphImage } });
            announce('De afbeelding van het netwerk is bewaard voor het vermissingsdossier en de exports.');
          }}
        />
      )}
      {action.kind === 'entity' && (
        <EntityDialog
          youthId={youthId}
          entity={action.entity}
          presetKind={action.presetKind}
          onClose={close}
          onDirtyChange={onDirtyChange}
          onSaved={(entity) =>
            change(
              { ...network, entities: replaceById(network.entities, entity) },
              action.entity ? `${entity.label} is gewijzigd.` : `${entity.label} is toegevoegd aan het netwerk.`,
            )
          }
          onDelete={(entity) => setAction({ kind: 'deleteEntity', entity })}
        />
      )}
      {action.kind === 'link' && (
        <LinkDialog
          youthId={youthId}
          youthName={youthName}
          network={network}
          link={action.link}
          presetFromId={action.fromId}
          presetToId={action.toId}
          onClose={close}
          onDirtyChange={onDirtyChange}
          onSaved={(link) => {
            // Named in full, so two links saved one after the other are two announcements.
            const described = describeLink(link, nodeLabels(network, youthName));
            change({ ...network, links: replaceById(network.links, link) }, `${action.link ? 'Verband gewijzigd' : 'Verband toegevoegd'}: ${described}.`);
          }}
          onDelete={(link) => setAction({ kind: 'deleteLink', link })}
        />
      )}
      {action.kind === 'deleteEntity' && (
        <DeleteEntityDialog entity={action.entity} network={network} youthName={youthName} onCancel={close} onDeleted={changeAndRefocus} />
      )}
      {action.kind === 'deleteLink' && (
        <DeleteLinkDialog
          link={action.link}
          network={network}
          youthName={youthName}
          onCancel={close}
          onDeleted={() => changeAndRefocus({ ...network, links: network.links.filter((link) => link.id !== action.link.id) }, 'Het verband is verwijderd.')}
        />
      )}
    </section>
  );
}

