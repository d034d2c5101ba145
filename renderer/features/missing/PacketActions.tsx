import { useState } from 'react';
import type { packetOutputs } from '../../../preload/contract';
import { api } from '../../app/api';
import { bytesFromBase64, downloadFile } from '../../components/downloadFile';
import { FormError } from '../../components/FormError';

type Output = (typeof packetOutputs)[number];
type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; message: string };

interface PacketActionsProps {
  episodeId: string;
  /** Runs first (saves answers on screen, so the packet holds them); a text says why the packet was not made. */
  prepare: () => Promise<string | null>;
  /** The packet was made: main recorded it, so the episode is read again. */
  onMade: () => void;
}

const pages = (count: number) => (count === 1 ? '1 pagina' : `${count} pagina's`);

/**
 * The police packet, as a PDF to save or straight to the print dialog. Main makes it and records
 * the disclosure to the police and the access-log entry; the PDF is saved by the browser's download.
 */
export function PacketActions({ episodeId, prepare, onMade }: PacketActionsProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  async function make(output: Output) {
    setState({ kind: 'busy' });
    const notReady = await prepare();
    if (notReady) {
      setState({ kind: 'failed', message: notReady });
      return;
    }
    const result = await api.missing.packet({ episodeId, output });
    if (!result.ok) {
      setState({ kind: 'failed', message: result.error.message });
      return;
    }
    const packet = result.value;
    if (output === 'save') downloadFile(packet.fileName, bytesFromBase64(packet.pdfBase64), 'application/pdf');
    const done = output === 'save' ? `Politiedossier opgeslagen als ${packet.fileName}` : 'Politiedossier staat klaar in het afdrukvenster';
    setState({ kind: 'done', text: `${done} (${pages(packet.pageCount)}). De verstrekking aan de politie is vastgelegd.` });
    onMade();
  }

  return (
    <section className="packet-actions" aria-labelledby="packet-heading">
      <h2 id="packet-heading" className="section-heading">
        Politiedossier
      </h2>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void make('save')} disabled={busy}>
          Politiedossier opslaan als PDF
        </button>
        <button type="button" className="button" onClick={() => void make('print')} disabled={busy}>
          Afdrukken
        </button>
      </div>
      <p role="status" className="packet-status">
        {state.kind === 'busy' ? 'Dossier maken…' : state.kind === 'done' ? state.text : ''}
      </p>
      <FormError message={state.kind === 'failed' ? state.message : null} />
    </section>
  );
}
