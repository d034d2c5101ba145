import { useState, type FormEvent } from 'react';
import { saveSocialMapEntrySchema, socialMapKindLabels, socialMapKinds, type SocialMapEntry, type SocialMapKind } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { NewestDataConflict } from '../../components/NewestDataConflict';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';

interface SocialMapEntryDialogProps {
  /** The contact to edit; a new one without it. */
  entry?: SocialMapEntry | undefined;
  onClose: () => void;
  onSaved: (entry: SocialMapEntry) => void;
}

type Values = { kind: SocialMapKind | ''; name: string; phone: string; note: string };

/** Adds or edits one contact; a colleague's edit in between is refused by main and the typed input stays. */
export function SocialMapEntryDialog({ entry, onClose, onSaved }: SocialMapEntryDialogProps) {
  const [initial] = useState<Values>(() => (entry ? { kind: entry.kind, name: entry.name, phone: entry.phone, note: entry.note } : { kind: '', name: '', phone: '', note: '' }));
  const [values, setValues] = useState(initial);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });
  // After a colleague's edit in between: their version, shown above the input, and the stamp the next save names.
  const [newest, setNewest] = useState<{ shown: SocialMapEntry | null; refusals: number } | null>(null);
  const [basedOn, setBasedOn] = useState(entry?.changedAt ?? '');

  function change(key: keyof Values, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const input = entry ? { mode: 'edit', id: entry.id, basedOnChangedAt: basedOn, ...values } : { mode: 'add', ...values };
    const parsed = saveSocialMapEntrySchema.safeParse(input);
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.socialMap.save(parsed.data));
    if (result.ok) onSaved(result.value);
    else if (result.error.code === 'CONFLICT') setNewest((current) => ({ shown: null, refusals: (current?.refusals ?? 0) + 1 }));
  }

  async function showNewest() {
    const listed = await api.socialMap.list();
    const current = listed.ok ? listed.value.find((candidate) => candidate.id === entry?.id) : undefined;
    if (!current) return;
    setBasedOn(current.changedAt);
    setNewest((state) => state && { ...state, shown: current });
  }

  return (
    <Dialog title={entry ? `${entry.name} bewerken` : 'Contact toevoegen'} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <FormError message={formError} />
        {newest && (
          <NewestDataConflict
            key={newest.refusals}
            shown={newest.shown !== null}
            onShowNewest={() => void showNewest()}
            title="Nu opgeslagen door je collega"
            className="case-conflict"
            headingClassName="case-conflict-title"
          >
            {newest.shown && (
              <p>
                {socialMapKindLabels[newest.shown.kind]}: {newest.shown.name}, {newest.shown.phone || 'geen nummer'}
                {newest.shown.note && ` — ${newest.shown.note}`}
              </p>
            )}
            <p>Jouw invoer staat hieronder nog. Neem over wat je wilt houden en sla dan opnieuw op.</p>
          </NewestDataConflict>
        )}
        <SelectField label="Soort contact" value={values.kind} onChange={(value) => change('kind', value)} error={errors.kind} required>
          <option value="">Kies…</option>
          {socialMapKinds.map((kind) => (
            <option key={kind} value={kind}>
              {socialMapKindLabels[kind]}
            </option>
          ))}
        </SelectField>
        <TextField label="Naam" value={values.name} onChange={(value) => change('name', value)} error={errors.name} maxLength={120} required />
        <TextField label="Telefoonnummer" type="tel" value={values.phone} onChange={(value) => change('phone', value)} error={errors.phone} hint="Bijvoorbeeld 0800-2000 of 030 123 45 67." />
        <TextAreaField label="Toelichting" rows={3} value={values.note} onChange={(value) => change('note', value)} error={errors.note} hint="Bereikbaarheid, regio, website: wat helpt aan de telefoon." />
        <GuardedFormActions guard={guard} submitLabel={entry ? 'Contact opslaan' : 'Contact toevoegen'} busy={busy} />
      </form>
    </Dialog>
  );
}
