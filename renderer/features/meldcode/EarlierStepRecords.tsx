import type { StoredDecision } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { StoredDetails, type StoredDetail } from '../../components/StoredDetails';

interface StepRecord<Value> {
  id: string;
  decisionId: string;
  value: Value;
  recordedAt: string;
  recordedByName: string;
}

interface EarlierStepRecordsProps<Value> {
  title: string;
  /** Oldest first, as main sends them; the newest decision's newest one is in the form above. */
  records: readonly StepRecord<Value>[];
  decisions: readonly StoredDecision[];
  details: (value: Value) => StoredDetail[];
}

/** 5a or 5b as recorded before (an earlier decision, or before a correction): a correction is a new record, the earlier ones stay readable. */
export function EarlierStepRecords<Value>({ title, records, decisions, details }: EarlierStepRecordsProps<Value>) {
  const newestDecision = decisions[0]?.id;
  const last = records.at(-1);
  const earlier = last?.decisionId === newestDecision ? records.slice(0, -1) : records;
  if (earlier.length === 0) return null;
  return (
    <details className="case-earlier">
      <summary>
        {title} ({earlier.length})
      </summary>
      <ol className="case-records">
        {[...earlier].reverse().map((record) => {
          const decision = decisions.find((candidate) => candidate.id === record.decisionId);
          return (
            <li key={record.id} className="case-record">
              <StoredDetails details={details(record.value)} />
              <p className="muted">
                Vastgelegd door {record.recordedByName}, {formatDateTime(record.recordedAt)}
                {decision && `, bij het besluit van ${formatDateTime(decision.decidedAt)}`}
              </p>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
