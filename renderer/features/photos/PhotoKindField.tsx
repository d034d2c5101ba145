import type { PhotoKind } from '../../../preload/contract';

const kindChoices: { kind: PhotoKind; title: string; detail: string }[] = [
  { kind: 'portrait', title: 'Portretfoto', detail: 'Het gezicht, herkenbaar: de politie gebruikt de nieuwste bij een vermissing.' },
  { kind: 'mark', title: 'Foto van een kenmerk', detail: 'Een tatoeage, litteken, piercing of ander kenmerk waaraan de jongere te herkennen is.' },
];

/** Portrait or distinguishing mark, as two radio buttons with what each is for. */
export function PhotoKindField({ value, onChange, disabled }: { value: PhotoKind; onChange: (kind: PhotoKind) => void; disabled: boolean }) {
  return (
    <fieldset className="field">
      <legend className="field-label">Soort foto</legend>
      <div className="choice-list">
        {kindChoices.map((choice) => (
          <label key={choice.kind} className="choice-option">
            <input type="radio" name="photo-kind" value={choice.kind} checked={value === choice.kind} onChange={() => onChange(choice.kind)} disabled={disabled} />
            <span>
              <span className="choice-title">{choice.title}</span>
              <span className="choice-detail">{choice.detail}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
