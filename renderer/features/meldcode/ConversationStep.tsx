import {
  consentAnswerLabels,
  conversationTips,
  noConversationReasonLabels,
  noConversationReasons,
  storedCaseConversationSchema,
  type ConsentAnswer,
  type MeldcodeCase,
  type NoConversationReason,
} from '../../../preload/contract';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { StoredDetails } from '../../components/StoredDetails';
import { CheckboxField } from '../../components/CheckboxField';
import { formatDutchDate } from '../youths/youthDates';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { useCasePartForm } from './useCasePartForm';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseConversationSchema.parse(meldcodeCase.conversation ?? {});
type Conversation = ReturnType<typeof stored>;

const heldLabels = { held: 'Ja, het gesprek is gevoerd', notHeld: 'Nee, het gesprek kan niet worden gevoerd' } as const;

function storedDetails(conversation: Conversation) {
  if (conversation.held === null) return [{ label: 'Gesprek', text: 'Nog niet gekozen' }];
  if (conversation.held) {
    return [
      { label: 'Gesprek op', text: conversation.heldOn ? formatDutchDate(conversation.heldOn) : '' },
      { label: 'Reactie van de jongere', text: conversation.reaction },
      { label: 'Interpretatie', text: conversation.interpretation },
      { label: 'Afspraken', text: conversation.agreements },
    ];
  }
  return [
    { label: 'Redenen', text: conversation.notHeldReasons.map((reason) => noConversationReasonLabels[reason]).join('; ') },
    { label: 'Toelichting', text: conversation.notHeldExplanation },
    { label: 'Deskundige', text: conversation.expertConsulted },
  ];
}

/** Step 3: the conversation with the youth, or the documented reasons for not having it, with the tips beside it. */
export function ConversationStep({ view, onViewChange, onDirtyChange, announce }: CasePanelProps) {
  const form = useCasePartForm({ view, part: 'conversation', stored, savedMessage: 'Stap 3 opgeslagen: het gesprek met de jongere.', onViewChange, onDirtyChange, announce });
  const { values, change, field, errorFor } = form;

  return (
    <section className="panel case-step" aria-labelledby="case-conversation-heading">
      <h2 id="case-conversation-heading" className="section-heading">
        Gesprek met de jongere
      </h2>
      <div className="case-with-aside">
        <CasePartForm form={form} title="Het gesprek" submitLabel="Stap 3 opslaan" stored={<StoredDetails details={storedDetails(stored(view.case))} />}>
          <RadioChoiceField
            legend="Is het gesprek met de jongere gevoerd?"
            labels={heldLabels}
            value={values.held === null ? '' : values.held ? 'held' : 'notHeld'}
            onChange={(choice) => change('held', choice === 'held')}
            error={errorFor('held')}
          />
          {values.held === true && (
            <>
              <TextField label="Datum van het gesprek" type="date" {...field('heldOn')} required />
              <TextField label="Wie waren erbij?" {...field('participants')} maxLength={300} />
              <CheckboxField label="Ik heb het doel van het gesprek uitgelegd" checked={values.purposeExplained} onChange={(checked) => change('purposeExplained', checked)} />
              <TextAreaField label="Signalen die je hebt voorgelegd" hint="Zonder oordeel: wat je zag en hoorde." {...field('signalsPutForward')} />
              <TextAreaField label="Reactie van de jongere" hint="Schrijf eerst op wat de jongere zei, in de eigen woorden, vóór je het duidt." {...field('reaction')} required />
              <TextAreaField label="Je interpretatie" hint="Pas na de reactie: wat betekent dit volgens jou?" {...field('interpretation')} />
              <TextAreaField label="Afspraken en vervolgstappen" {...field('agreements')} />
              <RadioChoiceField
                legend="Geeft de jongere toestemming om anderen in te schakelen of te melden?"
                labels={consentAnswerLabels}
                value={values.consentToInvolve}
                onChange={(choice: ConsentAnswer) => change('consentToInvolve', choice)}
                error={errorFor('consentToInvolve')}
              />
            </>
          )}
          {values.held === false && (
            <>
              <CheckboxGroupField
                legend="Waarom kan het gesprek niet?"
                hint="Niet in gesprek gaan mag alleen om deze redenen, en dat besluit neem je samen met een deskundige."
                options={noConversationReasons.map((reason) => ({ value: reason, label: noConversationReasonLabels[reason] }))}
                selected={values.notHeldReasons}
                onChange={(selected) => change('notHeldReasons', selected as NoConversationReason[])}
                error={errorFor('notHeldReasons')}
                required
              />
              <TextAreaField label="Toelichting" {...field('notHeldExplanation')} required />
              <TextField label="Met welke deskundige besloot je dit?" {...field('expertConsulted')} maxLength={300} required />
              <TextField label="Datum van dat besluit" type="date" {...field('decidedOn')} />
            </>
          )}
        </CasePartForm>
        <ConversationTips />
      </div>
    </section>
  );
}

function ConversationTips() {
  return (
    <aside className="case-tips" aria-labelledby="conversation-tips-heading">
      <h3 id="conversation-tips-heading" className="case-form-heading">
        Tips voor het gesprek
      </h3>
      <h4 className="case-tips-heading">Wat helpt</h4>
      <ul className="plain-list">
        {conversationTips.helpful.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
      <h4 className="case-tips-heading">Wat in de weg zit</h4>
      <ul className="plain-list">
        {conversationTips.obstructive.map((tip) => (
          <li key={tip}>{tip}</li>
        ))}
      </ul>
    </aside>
  );
}
