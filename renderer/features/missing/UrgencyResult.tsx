import { assessUrgency, policeContacts, urgencyCriterionLabels, type UrgencyAnswers } from '../../../preload/contract';

interface UrgencyResultProps {
  answers: UrgencyAnswers;
  /** The answers on screen differ from the saved ones. */
  unsaved: boolean;
}

/** What the answers mean for the phone call, following every click; said in words, never by colour alone. */
export function UrgencyResult({ answers, unsaved }: UrgencyResultProps) {
  const result = assessUrgency(answers);
  const unsavedNote = unsaved ? <p className="urgency-unsaved">Deze antwoorden zijn nog niet opgeslagen.</p> : null;

  if (result.urgent) {
    return (
      <div role="alert" className="urgency-result urgency-result-urgent">
        <p className="urgency-result-title">
          <span aria-hidden="true">⚠ </span>Urgent: bel nu {policeContacts.emergency}
        </p>
        <p>De politie behandelt deze vermissing als urgent, omdat:</p>
        <ul className="notice-list">
          {result.applies.map((criterion) => (
            <li key={criterion}>
              {urgencyCriterionLabels[criterion]}
              {answers[criterion].evidence.trim() ? `: ${answers[criterion].evidence.trim()}` : ' (schrijf nog op waaruit dit blijkt)'}
            </li>
          ))}
        </ul>
        {unsavedNote}
      </div>
    );
  }
  return (
    <div className="urgency-result">
      <p className="urgency-result-title">
        Niet urgent volgens de criteria: bel {policeContacts.nonEmergency} of meld via {policeContacts.form}
      </p>
      {result.unanswered.length > 0 && (
        <p>
          Bij {result.unanswered.length === 1 ? '1 vraag' : `${result.unanswered.length} vragen`} staat nog ‘Weet ik niet’: het kan alsnog
          urgent zijn. Is er direct gevaar, bel dan {policeContacts.emergency}.
        </p>
      )}
      {unsavedNote}
    </div>
  );
}
