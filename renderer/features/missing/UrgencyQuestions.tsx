import { useId } from 'react';
import { urgencyCriteria, urgencyQuestions, type UrgencyAnswers, type UrgencyCriterion, type UrgencySuggestion } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { RadioChoiceField } from '../../components/RadioChoiceField';

type Answer = UrgencyAnswers[UrgencyCriterion];
type Choice = 'yes' | 'no' | 'unknown';

/** "Weet ik niet" is the unanswered state: the result can still become urgent. */
const choiceLabels: Record<Choice, string> = { yes: 'Ja', no: 'Nee', unknown: 'Weet ik niet' };
const choiceOf = (applies: boolean | null): Choice => (applies === true ? 'yes' : applies === false ? 'no' : 'unknown');
const appliesOf = (choice: Choice): boolean | null => (choice === 'yes' ? true : choice === 'no' ? false : null);

interface UrgencyQuestionsProps {
  answers: UrgencyAnswers;
  onAnswer: (criterion: UrgencyCriterion, answer: Answer) => void;
  /** What the file already says, with where it came from. */
  suggestions: readonly UrgencySuggestion[];
  /** Keyed `violence.evidence` and so on, as the contract names them. */
  errors: Record<string, string>;
}

/** The police's urgency criteria, each a question; a "Ja" needs the sentence that shows it. */
export function UrgencyQuestions({ answers, onAnswer, suggestions, errors }: UrgencyQuestionsProps) {
  return (
    <div className="urgency-questions">
      {urgencyCriteria.map((criterion) => (
        <UrgencyQuestion
          key={criterion}
          criterion={criterion}
          answer={answers[criterion]}
          onAnswer={(answer) => onAnswer(criterion, answer)}
          suggestions={suggestions.filter((suggestion) => suggestion.criterion === criterion)}
          error={errors[`${criterion}.evidence`]}
        />
      ))}
    </div>
  );
}

interface UrgencyQuestionProps {
  criterion: UrgencyCriterion;
  answer: Answer;
  onAnswer: (answer: Answer) => void;
  suggestions: readonly UrgencySuggestion[];
  error: string | undefined;
}

function UrgencyQuestion({ criterion, answer, onAnswer, suggestions, error }: UrgencyQuestionProps) {
  const suggestionsId = useId();

  function adopt(suggestion: UrgencySuggestion) {
    const evidence = answer.evidence.trim();
    const joined = evidence === '' ? suggestion.evidence : evidence.includes(suggestion.evidence) ? evidence : `${evidence} ${suggestion.evidence}`;
    onAnswer({ applies: true, evidence: joined });
  }

  return (
    <div className={answer.applies === true ? 'urgency-question urgency-question-yes' : 'urgency-question'}>
      <RadioChoiceField
        legend={urgencyQuestions[criterion]}
        labels={choiceLabels}
        value={choiceOf(answer.applies)}
        onChange={(choice) => onAnswer({ ...answer, applies: appliesOf(choice) })}
        describedBy={suggestions.length > 0 ? suggestionsId : undefined}
      >
        {suggestions.length > 0 && (
          <ul id={suggestionsId} className="urgency-suggestions" aria-label="Uit het dossier">
            {suggestions.map((suggestion) => (
              <Suggestion key={`${suggestion.source}-${suggestion.evidence}`} suggestion={suggestion} onAdopt={() => adopt(suggestion)} />
            ))}
          </ul>
        )}
        {answer.applies === true && (
          <TextAreaField
            label="Waaruit blijkt dit?"
            hint="Eén of twee zinnen met feiten: de politie vraagt ernaar."
            rows={2}
            value={answer.evidence}
            onChange={(evidence) => onAnswer({ ...answer, evidence })}
            error={error}
            maxLength={1000}
            required
          />
        )}
      </RadioChoiceField>
    </div>
  );
}

function Suggestion({ suggestion, onAdopt }: { suggestion: UrgencySuggestion; onAdopt: () => void }) {
  const textId = useId();
  return (
    <li className="urgency-suggestion">
      <p id={textId}>
        <span className="urgency-suggestion-source">Uit het dossier ({suggestion.source}): </span>
        {suggestion.evidence}
      </p>
      <button type="button" className="button button-small" aria-describedby={textId} onClick={onAdopt}>
        Overnemen
      </button>
    </li>
  );
}
