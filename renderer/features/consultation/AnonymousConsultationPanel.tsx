import { useEffect, useId, useRef, useState } from 'react';
import type { ConsultationStep, PacketResult } from '../../../preload/contract';
import { consultationOutcomeText } from './consultationOutcome';
import { ConsultationReview } from './ConsultationReview';
import '../../styles/consultation.css';

interface AnonymousConsultationPanelProps {
  caseId: string;
  step: ConsultationStep;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * Steps 2 and 4 may be discussed with an expert outside the organisation, but only without
 * anything that identifies the youth: this prepares that text, lets the user check and add to what
 * was left out, and saves or prints it. Waits behind a button, as the case export does.
 */
export function AnonymousConsultationPanel({ caseId, step, onDirtyChange }: AnonymousConsultationPanelProps) {
  const headingId = useId();
  const [opened, setOpened] = useState(false);
  const [outcome, setOutcome] = useState('');
  // When the review closes, focus goes back to the button that opened it rather than to the page.
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const refocusOpenButton = useRef(false);
  useEffect(() => {
    if (opened || !refocusOpenButton.current) return;
    refocusOpenButton.current = false;
    openButtonRef.current?.focus();
  }, [opened]);

  function open() {
    setOutcome('');
    setOpened(true);
  }

  function done(result: PacketResult | null, recipient: string) {
    setOutcome(result ? consultationOutcomeText(result, recipient) : '');
    if (result?.outcome === 'cancelled') return;
    refocusOpenButton.current = true;
    setOpened(false);
  }

  return (
    <section className="anonymous-consultation" aria-labelledby={headingId}>
      <h3 id={headingId} className="anonymous-consultation-heading">
        Anoniem overleg
      </h3>
      {opened ? (
        <ConsultationReview caseId={caseId} step={step} onDirtyChange={onDirtyChange} onDone={done} />
      ) : (
        <>
          <p className="form-intro">
            Overleg je buiten de organisatie, dan deel je wat in dit traject is vastgelegd zonder iets waaraan de jongere te herkennen is. Het voorbeeld toont alleen wat is opgeslagen: sla
            eerst op wat je nog invult.
          </p>
          <div className="form-actions">
            <button ref={openButtonRef} type="button" className="button" onClick={open}>
              Anoniem overleg voorbereiden…
            </button>
          </div>
        </>
      )}
      <p role="status" className="anonymous-consultation-status">
        {outcome}
      </p>
    </section>
  );
}
