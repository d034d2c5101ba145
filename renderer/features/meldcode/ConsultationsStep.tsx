import { consultantKindLabels, type Consultation } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { useCombinedDirty } from '../../components/useCombinedDirty';
import { AnonymousConsultationPanel } from '../consultation/AnonymousConsultationPanel';
import { formatDutchDate } from '../youths/youthDates';
import type { CasePanelProps } from './casePanel';
import { ConsultationForm } from './ConsultationForm';

const parts = ['consultation', 'anonymous'] as const;

/** Step 2: who was consulted about this suspicion, a new consultation, and the anonymised text to consult outside the organisation. */
export function ConsultationsStep({ view, onViewChange, onDirtyChange, announce }: CasePanelProps) {
  const { consultations } = view.case;
  const { handlers } = useCombinedDirty(parts, onDirtyChange);
  return (
    <section className="panel case-step" aria-labelledby="case-consultations-heading">
      <h2 id="case-consultations-heading" className="section-heading">
        Collegiale consultatie
      </h2>
      <p className="form-intro">
        Overleg met een collega of de aandachtsfunctionaris, en zo nodig met een deskundige buiten de organisatie (zorgcoördinator mensenhandel, Veilig
        Thuis, politie). Buiten de organisatie overleg je altijd over geanonimiseerde gegevens. Een consultatie wordt niet gewijzigd: een correctie is
        een nieuwe.
      </p>
      {consultations.length === 0 ? (
        <p className="muted">Nog geen consultatie vastgelegd.</p>
      ) : (
        <ol className="case-records" aria-label="Vastgelegde consultaties">
          {consultations.map((consultation) => (
            <ConsultationRecord key={consultation.id} consultation={consultation} />
          ))}
        </ol>
      )}
      <AnonymousConsultationPanel caseId={view.case.id} step={2} onDirtyChange={handlers.anonymous} />
      {view.case.status === 'open' && <ConsultationForm view={view} onViewChange={onViewChange} onDirtyChange={handlers.consultation} announce={announce} />}
    </section>
  );
}

function ConsultationRecord({ consultation }: { consultation: Consultation }) {
  return (
    <li className="case-record">
      <p className="case-record-title">
        {formatDutchDate(consultation.heldOn)} · {consultantKindLabels[consultation.consultantKind]}: {consultation.withWhom}
        {consultation.anonymous ? ' (geanonimiseerd)' : ' (niet anoniem)'}
      </p>
      <dl className="details-list">
        <dt>Vragen</dt>
        <dd className="case-text">{consultation.questions}</dd>
        <dt>Advies</dt>
        <dd className="case-text">{consultation.advice || <span className="muted">Niet ingevuld</span>}</dd>
        <dt>Afspraken</dt>
        <dd className="case-text">{consultation.agreements || <span className="muted">Niet ingevuld</span>}</dd>
      </dl>
      <p className="muted">
        Vastgelegd door {consultation.recordedByName}, {formatDateTime(consultation.recordedAt)}
      </p>
    </li>
  );
}
