import { useEffect, useRef, useState, type FormEvent } from 'react';
import { consultationExportSchema, legalGroundLabels, legalGrounds, type ConsultationStep, type PacketResult } from '../../../preload/contract';
import type { DisclosureOutput } from '../../../preload/contract/disclosures';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedPdfActions } from '../../components/GuardedPdfActions';
import { LoadFailed } from '../../components/LoadFailed';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { ConsultationPreviewText } from './ConsultationPreviewText';
import { ExtraTermsForm } from './ExtraTermsForm';
import { RedactionTable } from './RedactionTable';
import { useConsultationPreview } from './useConsultationPreview';

interface ConsultationReviewProps {
  caseId: string;
  step: ConsultationStep;
  onDirtyChange: (dirty: boolean) => void;
  /** The PDF left (or the user gave up on it): `result` is null when the review was just closed. */
  onDone: (result: PacketResult | null, recipient: string) => void;
}

const empty = { recipient: '', purpose: '', legalGround: '' };
const noTerms: readonly string[] = [];

/**
 * The review before anything leaves: the anonymised text with every replacement marked, what was
 * left out, the user's own extra words, and then with whom, why and on which ground. The PDF is
 * made from the same case, step and words as the preview on screen.
 */
export function ConsultationReview({ caseId, step, onDirtyChange, onDone }: ConsultationReviewProps) {
  const [extraTerms, setExtraTerms] = useState(noTerms);
  const [draft, setDraft] = useState('');
  const [values, setValues] = useState(empty);
  const { preview, current, retry } = useConsultationPreview(caseId, step, extraTerms, values);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const dirty = extraTerms.length > 0 || draft.trim() !== '' || Object.values(values).some((value) => value.trim() !== '');
  const guard = useDiscardGuard({ dirty, busy, onLeave: () => onDone(null, '') });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const change = (field: keyof typeof empty) => (value: string) => {
    setValues((currentValues) => ({ ...currentValues, [field]: value }));
    setErrors({});
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const output: DisclosureOutput = submitter instanceof HTMLButtonElement && submitter.value === 'print' ? 'print' : 'save';
    const parsed = consultationExportSchema.safeParse({ caseId, step, extraTerms, output, ...values });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      // A message about the extra words has no field of this form: it is shown above it.
      const elsewhere = Object.entries(fields).find(([field]) => !(field in empty));
      showErrors(fields, elsewhere?.[1] ?? null);
      return;
    }
    // Checked after the fields: a text too long for the preview fails there and is fixed in its field.
    if (!current) {
      showErrors({}, 'Het voorbeeld wordt nog bijgewerkt. Bekijk het eerst: dat is wat je deelt.');
      return;
    }
    const result = await send(() => api.sharing.consultationExport(parsed.data));
    if (result.ok) onDone(result.value, parsed.data.recipient);
  }

  return (
    <div className="consultation-review">
      <h4 ref={headingRef} tabIndex={-1} className="consultation-review-heading">
        Controleer wat je deelt
      </h4>
      <p className="form-intro">
        Namen, bijnamen, adressen, telefoonnummers, accounts, kentekens, de foto en de geboortedatum zijn weggelaten; personen heten naar hun rol en plaatsen naar hun soort. Gemarkeerd is
        wat er voor in de plaats kwam. Zie je nog iets herkenbaars, laat het dan extra weglaten.
      </p>
      <p role="status" className="consultation-preview-status">
        {preview.state === 'loading' || (preview.state === 'loaded' && !current) ? 'Voorbeeld bijwerken…' : ''}
      </p>
      {preview.state === 'failed' && <LoadFailed message={preview.message} onRetry={retry} />}
      {preview.state === 'loaded' && (
        <>
          <ConsultationPreviewText preview={preview.preview} stale={!current} />
          <RedactionTable redactions={preview.preview.redactions} />
        </>
      )}
      <ExtraTermsForm caseId={caseId} step={step} terms={extraTerms} onTermsChange={setExtraTerms} draft={draft} onDraftChange={setDraft} disabled={busy} />
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form consultation-export-form">
        <FormError message={formError} />
        <p className="form-intro">Met wie je overlegt staat onderaan elke pagina en met het doel onder "Verstrekking": ook daaruit wordt weggelaten wat herkenbaar is, zoals het voorbeeld laat zien.</p>
        <TextField label="Met wie overleg je?" hint='Bijvoorbeeld "CSG" of "Veilig Thuis (anoniem advies)".' value={values.recipient} onChange={change('recipient')} error={errors.recipient} required />
        <TextField label="Doel" hint="Waarover je advies vraagt." value={values.purpose} onChange={change('purpose')} error={errors.purpose} required />
        <SelectField label="Grondslag" value={values.legalGround} onChange={change('legalGround')} error={errors.legalGround} required>
          <option value="">Kies een grondslag</option>
          {legalGrounds.map((ground) => (
            <option key={ground} value={ground}>
              {legalGroundLabels[ground]}
            </option>
          ))}
        </SelectField>
        <GuardedPdfActions guard={guard} busy={busy} />
      </form>
    </div>
  );
}
