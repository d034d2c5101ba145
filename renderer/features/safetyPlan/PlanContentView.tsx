import type { SafetyPlanContent } from '../../../preload/contract';
import { sectionLines } from './comparePlans';
import { planSections } from './planSections';

/** A plan's sections as read-only text; the review date is left to the caller, who may highlight it. */
export function PlanContentView({ content }: { content: SafetyPlanContent }) {
  return (
    <dl className="plan-sections">
      {planSections
        .filter(({ key }) => key !== 'reviewDate')
        .map(({ key, label }) => {
          const lines = sectionLines(content, key);
          const isList = key === 'participants' || key === 'callWhenUnsafe';
          return (
            <div key={key} className="plan-section">
              <dt>{label}</dt>
              <dd>
                {lines.length === 0 ? (
                  <span className="muted">Niet ingevuld</span>
                ) : isList ? (
                  <ul className="plain-list">
                    {lines.map((line, index) => (
                      <li key={index}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  <p className="plan-text">{content[key]}</p>
                )}
              </dd>
            </div>
          );
        })}
    </dl>
  );
}
