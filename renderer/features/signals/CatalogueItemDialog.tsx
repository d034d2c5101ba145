import { useState, type FormEvent } from 'react';
import { saveCatalogueItemSchema, signalCategoryLabels, type CatalogueItem } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { ChoiceField } from '../../components/ChoiceField';

interface CatalogueItemDialogProps {
  /** The item to edit (its next version); absent to add one. */
  item?: CatalogueItem | undefined;
  onSaved: (item: CatalogueItem) => void;
  onClose: () => void;
  /** Someone else saved the item in between: the list behind the dialog should show their version. */
  onConflict?: () => void;
}

/**
 * Adds an item to the signal list or saves an edit as its next version. An edit names the version
 * it started from: when someone else saved in between, main refuses and says so, and the typed text stays.
 */
export function CatalogueItemDialog({ item, onSaved, onClose, onConflict }: CatalogueItemDialogProps) {
  const initial = { category: item?.category ?? '', text: item?.text ?? '' };
  const [values, setValues] = useState(initial);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = values.category !== initial.category || values.text.trim() !== initial.text.trim();
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  function change(field: 'category' | 'text', value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = saveCatalogueItemSchema.safeParse(item ? { mode: 'edit', id: item.id, basedOnVersion: item.version, ...values } : { mode: 'add', ...values });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      if (values.category === '') fields.category = 'Kies de categorie van het signaal.';
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.signals.saveCatalogueItem(parsed.data));
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'CONFLICT') onConflict?.();
  }

  return (
    <Dialog title={item ? 'Signaal in de lijst wijzigen' : 'Signaal aan de lijst toevoegen'} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          {item
            ? `Je wijziging wordt versie ${item.version + 1}. Signalen die al met dit signaal zijn vastgelegd, houden de tekst van hun eigen versie.`
            : 'Nieuwe signalen kunnen het meteen kiezen. Houd het kort en feitelijk.'}
        </p>
        <FormError message={formError} />
        <ChoiceField label="Categorie" value={values.category} onChange={(value) => change('category', value)} labels={signalCategoryLabels} error={errors.category} required autoFocus />
        <TextField label="Signaal" value={values.text} onChange={(value) => change('text', value)} error={errors.text} maxLength={200} required />
        <GuardedFormActions guard={guard} submitLabel={item ? 'Nieuwe versie opslaan' : 'Toevoegen'} busy={busy} />
      </form>
    </Dialog>
  );
}
