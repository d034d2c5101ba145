import { useState } from 'react';
import { ShareWizard } from './ShareWizard';
import '../../styles/sharing.css';

interface CaseShareButtonProps {
  youthId: string;
  caseId: string;
  onDirtyChange: (dirty: boolean) => void;
}

/** The case screen's way out: the export wizard, opened at this case's summary. */
export function CaseShareButton({ youthId, caseId, onDirtyChange }: CaseShareButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <section className="case-share" aria-labelledby="case-share-heading">
      <h2 id="case-share-heading" className="section-heading">
        Verstrekken
      </h2>
      <p className="form-intro">Een samenvatting van deze casus voor een ontvanger buiten de organisatie, met alleen de onderdelen die het doel nodig heeft. Elke verstrekking wordt vastgelegd.</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Verstrekken…
        </button>
      </div>
      {open && <ShareWizard youthId={youthId} caseId={caseId} template="caseSummary" onClose={() => setOpen(false)} onExported={() => undefined} onDirtyChange={onDirtyChange} />}
    </section>
  );
}
