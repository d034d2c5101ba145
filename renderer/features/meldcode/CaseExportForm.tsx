import { useEffect, useRef, useState, type FormEvent } from 'react';
import { legalGroundLabels, legalGrounds, type PacketResult } from '../../../preload/contract';
import { caseExportSchema } from '../../../preload/contract/caseExport';
import type { DisclosureOutput } from '../../../preload/contract/disclosures';
import { api } from '../../app/api';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import '../../styles/caseExport.css';

interface CaseExportFormProps {
  caseId: string;
  onDirtyChange: (dirty: boolean) => void;
}

const empty = { recipient: '', purpose: '', legalGround: '' };
const pages = (count: number) => (count === 1 ? '1 pagina' : `${count} pagina's`);

function outcomeText(result: PacketResult, recipient: string): string {
  switch (result.outcome) {
    case 'saved':
      return `Casussamenvatting opgeslagen: ${result.savedTo}. De verstrekking aan ${recipient} is vastgelegd.`;
    case 'printing':
      return `Casussamenvatting staat klaar in het afdrukvenster (${pages(result.pageCount)}). De verstrekking aan ${recipient} is vastgelegd.`;
    case 'cancelled':
      return 'Niet opgeslagen: je hebt het opslaan geannuleerd. Er is niets verstrekt en niets vastgelegd.';
  }
}

/**
 * The case summary as a PDF for one recipient: to whom, why and on which legal ground are asked
 * first, because the PDF prints them on every page and the disclosure register keeps them. Main
 * records the disclosure only for a file that left. Waits behind a button, as closing does.
 */
export function CaseExportForm({ caseId, onDirtyChange }: CaseExportFormProps) {
  const [opened, setOpened] = useState(false);
  const [values, setValues] = useState(empty);
  const [outcome, setOutcome] = useState('');
  // When the form closes, focus goes back to the button that opened it rather than to the page.
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const refocusOpenButton = useRef(false);
  useEffect(() => {
    if (opened || !refocusOpenButton.current) return;
    refocusOpenButton.current = false;
    openButtonRef.current?.focus();
  }, [opened]);
  const close = () => {
    refocusOpenButton.current = true;
    setOpened(false);
  };
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = Object.values(values).some((value) => value.trim() !== '');
  const guard = useDiscardGuard({
    dirty,
    busy,
    onLeave: () => {
      setValues(empty);
      setErrors({});
      setFormError(null);
      close();
    },
  });
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const change = (field: keyof typeof empty) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors({});
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const output: DisclosureOutput = submitter instanceof HTMLButtonElement && submitter.value === 'print' ? 'print' : 'save';
    const parsed = caseExportSchema.safeParse({ caseId, output, ...values });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    setOutcome('');
    const result = await send(() => api.meldcode.exportCase(parsed.data));
    if (!result.ok) return;
    setOutcome(outcomeText(result.value, parsed.data.recipient));
    if (result.value.outcome === 'cancelled') return;
    setValues(empty);
    close();
  }

  return (
    <section className="case-export" aria-labelledby="case-export-heading">
      <h2 id="case-export-heading" className="section-heading">
        Exporteren
      </h2>
      {opened ? (
        <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form case-form case-export-form">
          <p className="form-intro">
            De samenvatting bevat de signalen, alle stappen, de besluiten met hun onderbouwing en het volledige dossierlog; van de jongere alleen naam en leeftijd. Elke pagina noemt de ontvanger, de
            datum en de grondslag.
          </p>
          <FormError message={formError} />
          <TextField label="Ontvanger" hint="De organisatie of persoon, bijvoorbeeld Veilig Thuis." value={values.recipient} onChange={change('recipient')} error={errors.recipient} required autoFocus />
          <TextField label="Doel" hint="Waarvoor de ontvanger de samenvatting nodig heeft." value={values.purpose} onChange={change('purpose')} error={errors.purpose} required />
          <SelectField label="Grondslag" value={values.legalGround} onChange={change('legalGround')} error={errors.legalGround} required>
            <option value="">Kies een grondslag</option>
            {legalGrounds.map((ground) => (
              <option key={ground} value={ground}>
                {legalGroundLabels[ground]}
              </option>
            ))}
          </SelectField>
          {guard.confirmingDiscard ? (
            <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
          ) : (
            <div className="form-actions">
              <button type="submit" name="output" value="save" className="button button-primary" disabled={busy}>
                {busy ? 'Bezig…' : 'Opslaan als PDF'}
              </button>
              <button type="submit" name="output" value="print" className="button" disabled={busy}>
                Afdrukken
              </button>
              <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={busy}>
                Annuleren
              </button>
            </div>
          )}
        </form>
      ) : (
        <div className="form-actions">
          <button ref={openButtonRef} type="button" className="button" onClick={() => setOpened(true)}>
            Casussamenvatting exporteren…
          </button>
        </div>
      )}
      <p role="status" className="case-export-status">
        {busy ? 'Samenvatting maken…' : outcome}
      </p>
    </section>
  );
}
