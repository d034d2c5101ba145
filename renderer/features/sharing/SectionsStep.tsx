import { useId } from 'react';
import type { FieldErrors, ShareProposal, ShareSection } from '../../../preload/contract';
import { LoadFailed } from '../../components/LoadFailed';
import { SectionChoice } from './SectionChoice';
import { withSection, type ShareDraft } from './shareDraft';
import { useSectionPreviews } from './useSectionPreviews';

interface SectionsStepProps {
  youthId: string;
  draft: ShareDraft;
  proposal: ShareProposal;
  errors: FieldErrors;
  onChange: (sections: ShareSection[]) => void;
}

/** Step 2: the proposal section by section, each with why it is (not) proposed and what it would print. */
export function SectionsStep({ youthId, draft, proposal, errors, onChange }: SectionsStepProps) {
  const id = useId();
  const { load, retry } = useSectionPreviews(youthId, draft, proposal);
  const previews = load.state === 'loaded' ? load.value : [];
  const firstAvailable = proposal.sections.find((section) => section.available)?.id;
  return (
    <>
      <div className="notice share-facts-notice">
        <p>
          <strong>Interpretaties en onderbuikgevoelens staan standaard uit.</strong> Deel feiten, geen interpretaties: wat jij denkt of voelt is geen waarneming, en de ontvanger weegt zelf wat er
          gezien en gehoord is. Zet ze alleen aan als het doel ze echt nodig heeft.
        </p>
      </div>
      {load.state === 'loading' && <p className="muted">Voorbeeld maken…</p>}
      {load.state === 'failed' && <LoadFailed message={`Het voorbeeld kon niet worden gemaakt: ${load.message}`} onRetry={retry} />}
      <fieldset className="share-sections" aria-describedby={errors.sections ? `${id}-error` : undefined}>
        <legend className="field-label">Onderdelen om te verstrekken</legend>
        <ul className="share-section-list">
          {proposal.sections.map((section) => (
            <SectionChoice
              key={section.id}
              section={section}
              checked={draft.sections.includes(section.id)}
              onChange={(on) => onChange(withSection(draft.sections, section.id, on))}
              preview={previews.find((preview) => preview.id === section.id)}
              invalid={Boolean(errors.sections) && section.id === firstAvailable}
            />
          ))}
        </ul>
        {errors.sections && (
          <p id={`${id}-error`} className="field-error">
            {errors.sections}
          </p>
        )}
      </fieldset>
    </>
  );
}
