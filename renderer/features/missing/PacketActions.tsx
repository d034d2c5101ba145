import { useState } from 'react';
import type { PacketResult } from '../../../preload/contract';
import type { DisclosureOutput } from '../../../preload/contract/disclosures';
import { api } from '../../app/api';
import { FormError } from '../../components/FormError';
import { pdfOutcomeText } from '../../components/pdfOutcomeText';

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; message: string };

interface PacketActionsProps {
  episodeId: string;
  /** Runs first (saves answers on screen, so the packet holds them); a text says why the packet was not made. */
  prepare: () => Promise<string | null>;
  /** The packet left (saved or shown for printing): main recorded it, so the episode is read again. */
  onMade: () => void;
}

const outcomeText = (packet: PacketResult) =>
  pdfOutcomeText(packet, { document: 'Politiedossier', recorded: 'De verstrekking aan de politie is vastgelegd.', notRecorded: 'Er is niets vastgelegd.' });

/**
 * The police packet, saved as a PDF where the user chooses or straight to the print window. Main
 * makes it, hands it to the shell's save dialog or print window, and records the disclosure to the
 * police and the access-log entry only for a packet that left.
 */
export function PacketActions({ episodeId, prepare, onMade }: PacketActionsProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const busy = state.kind === 'busy';

  async function make(output: DisclosureOutput) {
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
    setState({ kind: 'done', text: outcomeText(result.value) });
    if (result.value.outcome !== 'cancelled') onMade();
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
