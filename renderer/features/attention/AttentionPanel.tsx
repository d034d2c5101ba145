import { useId, useState } from 'react';
import type { AttentionItem } from '../../../preload/contract';
import { LoadFailed } from '../../components/LoadFailed';
import type { Load } from '../../components/useLoad';
import { countAttention, describeAttention, urgencyLabels } from './attentionText';
import '../../styles/attention.css';

/** Enough to see what is most urgent without pushing the youth list off the screen. */
const shownAtFirst = 8;

interface AttentionPanelProps {
  load: Load<AttentionItem[]>;
  onRetry: () => void;
  onOpen: (youthId: string) => void;
  /** An item about a missing episode opens that episode instead of the file. */
  onOpenEpisode: (episodeId: string) => void;
  /** An item about a meldcode case opens that case. */
  onOpenCase: (caseId: string) => void;
}

/** "Aandacht nodig" on the start screen: one row per thing to do, most urgent first (main sorts). */
export function AttentionPanel({ load, onRetry, onOpen, onOpenEpisode, onOpenCase }: AttentionPanelProps) {
  const headingId = useId();
  const listId = useId();
  const [showAll, setShowAll] = useState(false);
  const items = load.state === 'loaded' ? load.value : [];
  const shown = showAll ? items : items.slice(0, shownAtFirst);

  return (
    <section className="panel attention-panel" aria-labelledby={headingId}>
      <div className="section-header">
        <h2 id={headingId} className="section-heading">
          Aandacht nodig
        </h2>
        {load.state === 'loaded' && items.length > 0 && <p className="attention-count">{countAttention(items.length)}</p>}
      </div>
      {load.state === 'loading' && <p className="muted">Aandachtspunten laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={onRetry} />}
      {load.state === 'loaded' && items.length === 0 && <p className="muted">Niets dat nu aandacht vraagt.</p>}
      {items.length > 0 && (
        <ul id={listId} className="attention-list">
          {shown.map((item) => (
            <AttentionRow
              key={`${item.youthId}-${item.episodeId ?? ''}-${item.caseId ?? ''}-${item.kind}`}
              item={item}
              onOpen={() => (item.episodeId ? onOpenEpisode(item.episodeId) : item.caseId ? onOpenCase(item.caseId) : onOpen(item.youthId))}
            />
          ))}
        </ul>
      )}
      {items.length > shownAtFirst && (
        <div>
          <button type="button" className="button" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
            {showAll ? 'Toon minder' : `Toon alle ${items.length}`}
          </button>
        </div>
      )}
    </section>
  );
}

function AttentionRow({ item, onOpen }: { item: AttentionItem; onOpen: () => void }) {
  const whatId = useId();
  return (
    <li className={`attention-item attention-${item.urgency}`}>
      <span className="attention-urgency">{urgencyLabels[item.urgency]}</span>
      {/* Tabbing through the names, each one says what is wrong. */}
      <button type="button" className="link-button attention-name" aria-describedby={whatId} onClick={onOpen}>
        {item.youthName}
      </button>
      <span id={whatId}>{describeAttention(item)}</span>
    </li>
  );
}
