import { useRef, useState, type FormEvent } from 'react';
import { consultationSelectionSchema, fieldErrorsFrom, type ConsultationStep } from '../../../preload/contract';
import { TextField } from '../../components/TextField';

interface ExtraTermsFormProps {
  caseId: string;
  step: ConsultationStep;
  terms: readonly string[];
  onTermsChange: (terms: readonly string[]) => void;
  draft: string;
  onDraftChange: (draft: string) => void;
  disabled: boolean;
}

const sameTerm = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

/** The message for adding `term`, checked by the contract's own rules for the whole list. */
function termError(caseId: string, step: ConsultationStep, terms: readonly string[], term: string): string | undefined {
  if (terms.some((existing) => sameTerm(existing, term.trim()))) return 'Dit woord laat je al weglaten.';
  const parsed = consultationSelectionSchema.safeParse({ caseId, step, extraTerms: [...terms, term] });
  if (parsed.success) return undefined;
  const errors = fieldErrorsFrom(parsed.error);
  return errors[`extraTerms.${terms.length}`] ?? errors.extraTerms;
}

/**
 * Words main could not know to leave out (a school, a nickname nobody recorded): each one is added
 * to the list and the preview is made again, so what the user sees stays what will print.
 */
export function ExtraTermsForm({ caseId, step, terms, onTermsChange, draft, onDraftChange, disabled }: ExtraTermsFormProps) {
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = termError(caseId, step, terms, draft);
    setError(message);
    if (message) {
      inputRef.current?.focus();
      return;
    }
    onTermsChange([...terms, draft.trim()]);
    onDraftChange('');
  }

  function remove(term: string) {
    onTermsChange(terms.filter((existing) => existing !== term));
    // The button is gone with its row: the field is the next sensible place to be.
    inputRef.current?.focus();
  }

  return (
    <form noValidate onSubmit={add} autoComplete="off" className="consultation-extra">
      <TextField
        ref={inputRef}
        label="Extra weglaten"
        hint="Een woord of zin die de jongere nog herkenbaar maakt, bijvoorbeeld een school, een bijnaam of een straat."
        value={draft}
        onChange={(value) => {
          onDraftChange(value);
          setError(undefined);
        }}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={disabled}>
          Weglaten
        </button>
      </div>
      {terms.length > 0 && (
        <ul className="consultation-extra-list" aria-label="Extra weggelaten">
          {terms.map((term) => (
            <li key={term} className="consultation-extra-item">
              <span>{term}</span>
              <button type="button" className="button button-small" aria-label={`Verwijderen: ${term}`} onClick={() => remove(term)} disabled={disabled}>
                Verwijderen
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
