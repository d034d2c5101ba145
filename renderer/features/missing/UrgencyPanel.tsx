import type { FormEvent } from 'react';
import { urgencyCriteria, urgencyCriterionLabels, type EpisodeView, type UrgencyAnswers, type UrgencyCriterion } from '../../../preload/contract';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { ClosedNotice } from './ClosedNotice';
import { StoredDetails } from '../../components/StoredDetails';
import { UrgencyQuestions } from './UrgencyQuestions';
import type { UrgencyEditor } from './useUrgencyEditor';
import '../../styles/missingFollowUp.css';

interface UrgencyPanelProps {
  view: EpisodeView;
  editor: UrgencyEditor;
  announce: (message: string) => void;
}

/** The "Urgentie" tab: the criteria as questions, with what the file suggests beside them; read-only once closed. */
export function UrgencyPanel({ view, editor, announce }: UrgencyPanelProps) {
  const guard = useDiscardGuard({ dirty: editor.dirty, busy: editor.busy, onLeave: editor.undo });
  // Answers typed before the episode was closed stay in the form, so nothing disappears unseen.
  if (view.episode.status === 'closed' && !editor.dirty) return <ClosedUrgency view={view} />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const outcome = await editor.save();
    if (outcome === 'saved') announce('Urgentie opgeslagen.');
    else if (outcome !== 'unchanged') editor.focusFirstError();
  }

  return (
    <form ref={editor.formRef} noValidate onSubmit={submit} autoComplete="off" className="form urgency-form" aria-labelledby="urgency-heading">
      <h2 id="urgency-heading" className="section-heading">
        Urgentie voor de politie
      </h2>
      <p className="form-intro">
        De politie behandelt een vermissing als urgent als één van deze vragen met ‘Ja’ wordt beantwoord. Schrijf bij elk ‘Ja’ waaruit het
        blijkt. {view.suggestions.length > 0 ? 'Wat het dossier al weet, staat erbij: neem het over als het klopt.' : ''}
      </p>
      <ClosedNotice episode={view.episode} unsaved={editor.dirty} />
      <FormError message={editor.message} />
      {editor.newer && <NewerAnswers answers={editor.newer} />}
      <UrgencyQuestions answers={editor.draft} onAnswer={editor.setAnswer} suggestions={view.suggestions} errors={editor.errors} />
      <GuardedFormActions
        guard={guard}
        submitLabel="Urgentie opslaan"
        busy={editor.busy}
        leaveLabel="Wijzigingen ongedaan maken"
        leaveDisabled={!editor.dirty}
      />
    </form>
  );
}

const answerText = ({ applies, evidence }: UrgencyAnswers[UrgencyCriterion]) => (applies === true ? `Ja: ${evidence}` : applies === false ? 'Nee' : 'Weet ik niet');

/** A closed episode's answers as they were saved. */
function ClosedUrgency({ view }: { view: EpisodeView }) {
  const { episode } = view;
  return (
    <section aria-labelledby="urgency-heading">
      <h2 id="urgency-heading" className="section-heading">
        Urgentie voor de politie
      </h2>
      <ClosedNotice episode={episode} unsaved={false} />
      <StoredDetails details={urgencyCriteria.map((criterion) => ({ label: urgencyCriterionLabels[criterion], text: answerText(episode.urgency[criterion]) }))} />
    </section>
  );
}

/** After a colleague saved other answers: theirs, read-only, above the user's own (which stay in the form). */
function NewerAnswers({ answers }: { answers: UrgencyAnswers }) {
  const applying = urgencyCriteria.filter((criterion) => answers[criterion].applies === true);
  return (
    <section className="notice notice-warning" aria-labelledby="urgency-newer-heading">
      <h3 id="urgency-newer-heading" className="notice-title">
        Zo staan de antwoorden nu opgeslagen
      </h3>
      {applying.length === 0 ? (
        <p>Geen enkel criterium met ‘Ja’.</p>
      ) : (
        <ul className="notice-list">
          {applying.map((criterion) => (
            <li key={criterion}>
              {urgencyCriterionLabels[criterion]}: {answers[criterion].evidence}
            </li>
          ))}
        </ul>
      )}
      <p>Jouw antwoorden staan hieronder nog. Sla ze opnieuw op als ze kloppen: ze komen dan in de plaats van deze.</p>
    </section>
  );
}
