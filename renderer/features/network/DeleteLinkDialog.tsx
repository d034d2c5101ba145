import { useState } from 'react';
import type { Network, NetworkLink } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeLink, nodeLabels } from './graph/graphModel';

interface DeleteLinkDialogProps {
  link: NetworkLink;
  network: Network;
  youthName: string;
  onCancel: () => void;
  onDeleted: () => void;
}

export function DeleteLinkDialog({ link, network, youthName, onCancel, onDeleted }: DeleteLinkDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await api.network.deleteLink({ id: link.id });
    setBusy(false);
    if (result.ok) onDeleted();
    else setError(result.error.message);
  }

  return (
    <ConfirmDialog title="Verband verwijderen?" confirmLabel="Verwijderen" danger busy={busy} error={error} onConfirm={() => void confirm()} onCancel={onCancel}>
      <p>{describeLink(link, nodeLabels(network, youthName))}</p>
      <p>Het verband verdwijnt uit het netwerk; de punten aan beide kanten blijven staan.</p>
    </ConfirmDialog>
  );
}
