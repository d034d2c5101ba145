import { meldcodeOutcomeLabels, meldcodeQuestions, type MeldcodeDecision, type Outcome, type SocialMapEntry } from '../../../preload/contract';
import { ContactNumbers } from './ContactNumbers';
import { contactsFor } from './outcomeContacts';

interface DecisionPreviewProps {
  preview: MeldcodeDecision;
  /** The answers on screen are newer than this result (a preview is on its way). */
  pending: boolean;
  contacts: readonly SocialMapEntry[];
  /** Says whose answers these are: the saved ones, or the ones still being typed. */
  unsaved: boolean;
}

/** The engine's result in words: what to do in order (with whom to call), what else to consider, and the answers that led there. */
export function DecisionPreview({ preview, pending, contacts, unsaved }: DecisionPreviewProps) {
  const decided = preview.status === 'decided';
  return (
    <section className="case-outcome" aria-labelledby="decision-preview-heading" aria-busy={pending}>
      <h3 id="decision-preview-heading" className="case-form-heading">
        {decided ? 'Uitkomst volgens de meldcode' : 'Nog geen uitkomst: er ontbreken antwoorden'}
      </h3>
      <p className="muted">
        {unsaved ? 'Op de antwoorden die je nu invult, nog niet opgeslagen.' : 'Op de opgeslagen antwoorden.'} Regels: {preview.ruleSetVersion}.
      </p>
      {preview.outcomes.length > 0 && (
        <ol className="case-outcomes" aria-label="Wat te doen, in deze volgorde">
          {preview.outcomes.map((outcome) => (
            <OutcomeItem key={outcome} outcome={outcome} contacts={contacts} />
          ))}
        </ol>
      )}
      {preview.alsoConsider.length > 0 && (
        <>
          <h4 className="case-tips-heading">Ook overwegen</h4>
          <ul className="case-outcomes" aria-label="Ook overwegen">
            {preview.alsoConsider.map((outcome) => (
              <OutcomeItem key={outcome} outcome={outcome} contacts={contacts} />
            ))}
          </ul>
        </>
      )}
      {preview.missing.length > 0 && (
        <>
          <h4 className="case-tips-heading">Nog nodig</h4>
          <ul className="plain-list">
            {preview.missing.map((key) => (
              <li key={key}>{meldcodeQuestions[key]}</li>
            ))}
          </ul>
        </>
      )}
      <h4 className="case-tips-heading">Zo komt de uitkomst tot stand</h4>
      <ol className="plain-list case-trace" aria-label="Redenering">
        {preview.trace.map((sentence, index) => (
          <li key={index}>{sentence}</li>
        ))}
      </ol>
    </section>
  );
}

function OutcomeItem({ outcome, contacts }: { outcome: Outcome; contacts: readonly SocialMapEntry[] }) {
  return (
    <li className={outcome === 'call-112' ? 'case-outcome-item case-outcome-acute' : 'case-outcome-item'}>
      <span className="case-outcome-label">{meldcodeOutcomeLabels[outcome]}</span>
      <ContactNumbers entries={contactsFor({ outcome }, contacts)} />
    </li>
  );
}
