import { useId } from 'react';
import { shareSectionLabels, type ProposedSection, type SectionPreview } from '../../../preload/contract';

interface SectionChoiceProps {
  section: ProposedSection;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Undefined while the preview is loading or when it failed. */
  preview: SectionPreview | undefined;
  /** The error mark of the group, on its first box so focusFirstInvalid lands in it. */
  invalid: boolean;
}

const natureLabels = { fact: 'feit', interpretation: 'interpretatie' } as const;

/** One section: ticked or not, whether it is fact or interpretation, why it is proposed, and what it would print. */
export function SectionChoice({ section, checked, onChange, preview, invalid }: SectionChoiceProps) {
  const id = useId();
  const label = shareSectionLabels[section.id];
  return (
    <li className={`share-section${section.available ? '' : ' share-section-unavailable'}`}>
      <div className="share-section-head">
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={checked}
            disabled={!section.available}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={`${id}-nature ${id}-reason`}
            aria-invalid={invalid || undefined}
          />
          <span>{label}</span>
        </label>
        <span id={`${id}-nature`} className={`share-nature share-nature-${section.nature}`}>
          {natureLabels[section.nature]}
        </span>
      </div>
      <p id={`${id}-reason`} className="share-section-reason">
        {section.reason}
      </p>
      {preview && (
        <details className="share-preview">
          <summary>Voorbeeld: {label}</summary>
          {preview.filled ? (
            <ul className="share-preview-lines" aria-label={`Voorbeeld van ${label}`}>
              {preview.lines.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{preview.lines.length === 0 ? 'Dit onderdeel bevat niets.' : `Dit onderdeel bevat niets; in het bestand staat alleen: ${preview.lines.join(' ')}`}</p>
          )}
        </details>
      )}
    </li>
  );
}
