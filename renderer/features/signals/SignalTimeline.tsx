import { signalKindLabels, type SignalView } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { formatDutchDate } from '../youths/youthDates';
import { DirectionMark } from './DirectionMark';
import { categoryOf, gradingInWords, sourceOf, subjectOf } from './signalText';
import '../../styles/missingFollowUp.css';

interface SignalTimelineProps {
  signals: readonly SignalView[];
  onCorrect: (signal: SignalView) => void;
  /** Moves to another signal of the list: a correction or the signal it corrected. */
  onShow: (signalId: string) => void;
}

/** The signals by date, newest first; a corrected one stays in place, struck through, with the way to its correction. */
export function SignalTimeline({ signals, onCorrect, onShow }: SignalTimelineProps) {
  return (
    <ol className="signal-timeline" aria-label="Tijdlijn van de signalen">
      {signals.map((signal) => (
        <SignalEntry key={signal.id} signal={signal} onCorrect={onCorrect} onShow={onShow} />
      ))}
    </ol>
  );
}

export const signalElementId = (signalId: string) => `signal-${signalId}`;

function SignalEntry({ signal, onCorrect, onShow }: { signal: SignalView; onCorrect: (signal: SignalView) => void; onShow: (signalId: string) => void }) {
  const subject = subjectOf(signal);
  const grading = gradingInWords(signal);
  const corrected = signal.supersededBy;
  const original = signal.supersedes;
  return (
    // Focusable from script only, so "Naar de correctie" can take the user here.
    <li id={signalElementId(signal.id)} tabIndex={-1} className={corrected ? 'timeline-entry signal-entry signal-entry-corrected' : 'timeline-entry signal-entry'}>
      <p className="timeline-when">
        <time dateTime={signal.date}>{formatDutchDate(signal.date)}</time>
      </p>
      <div className="timeline-what">
        <p className="signal-subject">
          {corrected && <span className="corrected-badge">Gecorrigeerd</span>}
          {corrected ? <s>{subject}</s> : subject}
        </p>
        <dl className="signal-facts">
          <dt>Soort</dt>
          <dd>{signalKindLabels[signal.kind]}</dd>
          <dt>Categorie</dt>
          <dd>{categoryOf(signal)}</dd>
          <dt>Richting</dt>
          <dd>
            <DirectionMark direction={signal.direction} />
          </dd>
          <dt>Bron</dt>
          <dd>{sourceOf(signal)}</dd>
          {grading && (
            <>
              <dt>Beoordeling</dt>
              <dd>{grading}</dd>
            </>
          )}
        </dl>
        {signal.description && <p className="signal-description">{signal.description}</p>}
        <p className="timeline-recorded">
          Vastgelegd door {signal.recordedByName} op {formatDateTime(signal.recordedAt)}
          {signal.catalogueItem?.retired && '; dit signaal uit de lijst wordt niet meer gebruikt voor nieuwe signalen'}
        </p>
        {original && (
          <p className="signal-link-row">
            Dit is een correctie van een eerder signaal.{' '}
            <button type="button" className="link-button" onClick={() => onShow(original)}>
              Naar het oorspronkelijke signaal
            </button>
          </p>
        )}
        {corrected ? (
          <p className="signal-link-row">
            Gecorrigeerd door {corrected.recordedByName} op {formatDateTime(corrected.recordedAt)}.{' '}
            <button type="button" className="link-button" onClick={() => onShow(corrected.id)}>
              Naar de correctie
            </button>
          </p>
        ) : (
          <div className="form-actions">
            <button type="button" className="button button-small" aria-label={`Corrigeren: ${subject} (${formatDutchDate(signal.date)})`} onClick={() => onCorrect(signal)}>
              Corrigeren
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
