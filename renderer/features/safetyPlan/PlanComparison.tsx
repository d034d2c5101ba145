import type { SafetyPlanContent } from '../../../preload/contract';
import { comparePlans, type DiffLine } from './comparePlans';
import { planSectionLabel } from './planSections';

interface PlanComparisonProps {
  before: SafetyPlanContent;
  after: SafetyPlanContent;
  /** What the two sides are called in the legend, e.g. "versie 1" and "de huidige versie". */
  beforeName: string;
  afterName: string;
}

const marks = { added: '+', removed: '−', unchanged: ' ' } as const;
const spoken = { added: 'Toegevoegd: ', removed: 'Weggehaald: ', unchanged: '' } as const;

/** Section by section: unchanged sections folded away, changed ones with every line marked by sign and word, not by colour alone. */
export function PlanComparison({ before, after, beforeName, afterName }: PlanComparisonProps) {
  const sections = comparePlans(before, after);
  const changedCount = sections.filter((section) => section.changed).length;
  return (
    <div className="plan-comparison">
      <p>
        {changedCount === 0
          ? `Geen verschillen: ${afterName} is gelijk aan ${beforeName}.`
          : `${changedCount} van ${sections.length} onderdelen gewijzigd. Een regel met + staat alleen in ${afterName}, een doorgestreepte regel met − alleen in ${beforeName}.`}
      </p>
      {sections.map(({ key, changed, lines }) => {
        const label = planSectionLabel(key);
        return changed ? (
          <div key={key} className="plan-comparison-section">
            <h5 className="plan-comparison-heading">
              {label} <span className="badge">gewijzigd</span>
            </h5>
            <DiffList lines={lines} />
          </div>
        ) : (
          <details key={key} className="plan-comparison-section">
            <summary>
              {label} <span className="muted">— ongewijzigd</span>
            </summary>
            {lines.length === 0 ? <p className="muted">Niet ingevuld</p> : <DiffList lines={lines} />}
          </details>
        );
      })}
    </div>
  );
}

function DiffList({ lines }: { lines: DiffLine[] }) {
  return (
    <ul className="diff-lines">
      {lines.map((line, index) => (
        <li key={index} className={`diff-line diff-${line.kind}`}>
          <span className="diff-mark" aria-hidden="true">
            {marks[line.kind]}
          </span>
          <span className="visually-hidden">{spoken[line.kind]}</span>
          {line.kind === 'removed' ? <del>{line.text}</del> : line.kind === 'added' ? <ins>{line.text}</ins> : <span>{line.text}</span>}
        </li>
      ))}
    </ul>
  );
}
