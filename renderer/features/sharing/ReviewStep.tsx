import { caseBlockLabel, legalGroundLabels, needsCase, recipientText, shareSectionLabels, shareTemplateLabels, type ShareProposal } from '../../../preload/contract';
import type { ShareDraft } from './shareDraft';

/** Step 3: what will leave, to whom, why and on which ground, as the PDF and the register will say. */
export function ReviewStep({ draft, proposal }: { draft: ShareDraft; proposal: ShareProposal }) {
  const chosenCase = proposal.cases.find((option) => option.id === draft.caseId);
  return (
    <>
      <dl className="details-list share-summary">
        <dt>Wat</dt>
        <dd>{draft.template === '' ? '' : shareTemplateLabels[draft.template]}</dd>
        {chosenCase && (
          <>
            <dt>Meldcodecasus</dt>
            <dd>{chosenCase.title}</dd>
          </>
        )}
        <dt>Ontvanger</dt>
        <dd>{draft.recipient === '' ? '' : recipientText(draft.recipient, draft.recipientName)}</dd>
        <dt>Doel</dt>
        <dd>{draft.purpose}</dd>
        <dt>Grondslag</dt>
        <dd>{draft.legalGround === '' ? '' : legalGroundLabels[draft.legalGround]}</dd>
        <dt>Onderdelen</dt>
        <dd>
          <ul className="share-summary-sections" aria-label="Gekozen onderdelen">
            {chosenCase && draft.sections.some(needsCase) && <li>{caseBlockLabel} (vermoeden, omschrijving en status)</li>}
            {draft.sections.map((section) => (
              <li key={section}>{shareSectionLabels[section]}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="form-intro">
        Elke pagina van de PDF noemt de ontvanger, de datum en de grondslag, met "niet verder verstrekken". Alleen een bestand dat je opslaat of afdrukt wordt vastgelegd in het verstrekkingenregister
        en het toegangslogboek.
      </p>
    </>
  );
}
