import { useId, useState } from 'react';
import type { Network, NetworkEntity } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EndpointSelect, youthChoice } from './EndpointSelect';
import { linkCount } from './networkText';

interface DeleteEntityDialogProps {
  entity: NetworkEntity;
  network: Network;
  youthName: string;
  onCancel: () => void;
  /** With the network after the delete and a sentence saying what became of the links. */
  onDeleted: (network: Network, message: string) => void;
}

type LinkChoice = 'remove' | 'repoint';

/** Asks before an entity goes, and what happens to its links: removed too, or moved to another point. */
export function DeleteEntityDialog({ entity, network, youthName, onCancel, onDeleted }: DeleteEntityDialogProps) {
  const links = network.links.filter((link) => link.fromId === entity.id || link.toId === entity.id);
  const [choice, setChoice] = useState<LinkChoice>('remove');
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = useId();

  async function confirm() {
    if (links.length > 0 && choice === 'repoint' && target === '') {
      setError('Kies waar de verbanden heen gaan: de jongere of een ander punt.');
      return;
    }
    setBusy(true);
    setError(null);
    const result = await api.network.deleteEntity({
      id: entity.id,
      links: choice === 'repoint' && links.length > 0 ? { mode: 'repoint', toId: target === youthChoice ? null : target } : { mode: 'remove' },
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onDeleted(result.value, deletedMessage(entity, links.map((link) => link.id), result.value, choice));
  }

  return (
    <ConfirmDialog title={`${entity.label} verwijderen?`} confirmLabel="Verwijderen" danger busy={busy} error={error} onConfirm={() => void confirm()} onCancel={onCancel}>
      <p>{entity.label} verdwijnt uit het netwerk. Dat kan niet ongedaan worden gemaakt; in de toegangslog blijft te zien wie het deed.</p>
      {links.length > 0 && (
        <fieldset className="field">
          <legend className="field-label">
            {entity.label} heeft {linkCount(links.length)}. Wat moet daarmee gebeuren?
          </legend>
          <div className="choice-list">
            <label className="choice-option">
              <input type="radio" name={name} checked={choice === 'remove'} onChange={() => setChoice('remove')} />
              <span>Verbanden ook verwijderen</span>
            </label>
            <label className="choice-option">
              <input type="radio" name={name} checked={choice === 'repoint'} onChange={() => setChoice('repoint')} />
              <span>Verbanden verplaatsen naar …</span>
            </label>
          </div>
        </fieldset>
      )}
      {links.length > 0 && choice === 'repoint' && (
        <EndpointSelect
          label="Verbanden verplaatsen naar"
          value={target}
          onChange={(value) => {
            setTarget(value);
            setError(null);
          }}
          entities={network.entities.filter((candidate) => candidate.id !== entity.id)}
          youthName={youthName}
          hint="Bijvoorbeeld als twee regels dezelfde persoon blijken te zijn. Een verband dat dan naar zichzelf wijst of dubbel wordt, vervalt."
          required
        />
      )}
    </ConfirmDialog>
  );
}

function deletedMessage(entity: NetworkEntity, linkIds: string[], after: Network, choice: LinkChoice): string {
  const kept = linkIds.filter((id) => after.links.some((link) => link.id === id)).length;
  const removed = linkIds.length - kept;
  if (linkIds.length === 0) return `${entity.label} is verwijderd.`;
  if (choice === 'remove') return `${entity.label} is verwijderd, met ${linkCount(removed)}.`;
  return `${entity.label} is verwijderd. ${capitalise(linkCount(kept))} verplaatst${removed ? `, ${linkCount(removed)} vervallen (dubbel of naar zichzelf)` : ''}.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
