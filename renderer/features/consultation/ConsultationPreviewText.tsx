import type { ConsultationPreview, PreviewSegment } from '../../../preload/contract';

/** One paragraph as it will print; what stands in for an identifier is marked, and says so to a screen reader. */
function Paragraph({ segments }: { segments: PreviewSegment[] }) {
  return (
    <p className="consultation-paragraph">
      {segments.map((segment, index) =>
        segment.redacted ? (
          <mark key={index} className="consultation-redaction">
            <span className="visually-hidden">weggelaten: </span>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </p>
  );
}

/** The anonymised text section by section, exactly as the PDF will hold it. */
export function ConsultationPreviewText({ preview, stale }: { preview: ConsultationPreview; stale: boolean }) {
  return (
    <div className={stale ? 'consultation-preview consultation-preview-stale' : 'consultation-preview'} role="region" aria-label="Voorbeeld van wat je deelt" aria-busy={stale}>
      {preview.sections.map((section, sectionIndex) => (
        <section key={sectionIndex} className="consultation-preview-section">
          <h5 className="consultation-preview-heading">{section.heading}</h5>
          {section.paragraphs.length === 0 ? (
            <p className="muted">Niets ingevuld.</p>
          ) : (
            section.paragraphs.map((segments, index) => <Paragraph key={index} segments={segments} />)
          )}
        </section>
      ))}
    </div>
  );
}
