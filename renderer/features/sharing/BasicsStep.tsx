import { legalGroundLabels, shareRecipientLabels, shareTemplateLabels, type FieldErrors, type ShareProposal } from '../../../preload/contract';
import { ChoiceField } from '../../components/ChoiceField';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { ShareDraft } from './shareDraft';

interface BasicsStepProps {
  draft: ShareDraft;
  /** Null until main proposed for the chosen template. */
  proposal: ShareProposal | null;
  errors: FieldErrors;
  onChange: (patch: Partial<ShareDraft>) => void;
}

/** Step 1: what is shared, about which case, with whom, why and on which ground. */
export function BasicsStep({ draft, proposal, errors, onChange }: BasicsStepProps) {
  return (
    <>
      <RadioChoiceField legend="Wat wil je verstrekken?" labels={shareTemplateLabels} value={draft.template} onChange={(template) => onChange({ template })} error={errors.template} />
      {proposal && (
        <>
          <SelectField
            label="Meldcodecasus"
            hint={
              draft.template === 'caseSummary'
                ? 'De casussamenvatting gaat over één casus.'
                : proposal.cases.length === 0
                  ? 'Deze jongere heeft geen meldcodetraject: de meldcode-onderdelen vallen weg.'
                  : 'Nodig voor de meldcode-onderdelen (overleg, afweging, besluit, dossierlog).'
            }
            value={draft.caseId}
            onChange={(caseId) => onChange({ caseId })}
            error={errors.caseId}
            required={draft.template === 'caseSummary'}
          >
            <option value="">{draft.template === 'caseSummary' ? 'Kies een casus' : 'Geen casus'}</option>
            {proposal.cases.map((option) => (
              <option key={option.id} value={option.id}>
                {option.closed ? `${option.title} (afgesloten)` : option.title}
              </option>
            ))}
          </SelectField>
          <RadioChoiceField legend="Aan wie?" labels={shareRecipientLabels} value={draft.recipient} onChange={(recipient) => onChange({ recipient })} error={errors.recipient} />
          <TextField
            label="Naam van de ontvanger"
            hint={draft.recipient === 'other' ? 'De organisatie of persoon aan wie je de gegevens geeft.' : 'Mag leeg blijven; bijvoorbeeld de regio of de afdeling.'}
            value={draft.recipientName}
            onChange={(recipientName) => onChange({ recipientName })}
            error={errors.recipientName}
            required={draft.recipient === 'other'}
            maxLength={120}
          />
          <TextAreaField
            label="Doel"
            hint="Waarvoor de ontvanger deze gegevens nodig heeft. Het doel komt in het verstrekkingenregister."
            value={draft.purpose}
            onChange={(purpose) => onChange({ purpose })}
            error={errors.purpose}
            required
            rows={3}
            maxLength={300}
          />
          <ChoiceField
            label="Grondslag"
            hint={proposal.legalGround ? `Voorgesteld voor dit doel: ${legalGroundLabels[proposal.legalGround]}.` : 'Voor dit doel ligt geen grondslag voor de hand: kies hem zelf.'}
            labels={legalGroundLabels}
            value={draft.legalGround}
            onChange={(legalGround) => onChange({ legalGround: legalGround as ShareDraft['legalGround'] })}
            error={errors.legalGround}
            required
          />
        </>
      )}
    </>
  );
}
