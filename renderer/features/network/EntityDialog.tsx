import { useEffect, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { entityKindLabels, type EntityKind, type NetworkEntity } from '../../../preload/contract';
import { api } from '../../app/api';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { Dialog } from '../../components/Dialog';
import { focusFirstInvalid } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { ReplaceUnreadableField } from '../../components/ReplaceUnreadableField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { ChoiceField } from '../../components/ChoiceField';
import { DialogDeleteButton } from './DialogDeleteButton';
import { EntityDetailFields } from './EntityDetailFields';
import { entityFormValues, isEntityFormDirty, parseEntityForm, type DetailFieldName, type EntityFlag, type EntityFormValues } from './entityForm';
import { ProvenanceFields } from './ProvenanceFields';

const flagOptions: { value: EntityFlag; label: string }[] = [
  { value: 'atRisk', label: 'Loopt mogelijk zelf risico (bijvoorbeeld een broer of zus, een groepsgenoot of een medewerker)' },
  { value: 'shareWithPolice', label: 'Mag naar de politie (komt dan mee in het vermissingsdossier en exports)' },
];

export interface EntityDialogProps {
  youthId: string;
  /** The entity to change; absent for a new one. */
  entity?: NetworkEntity | undefined;
  /** For a new entity: the kind picked with the button that opened the dialog (still changeable). */
  presetKind?: EntityKind | undefined;
  onClose: () => void;
  onSaved: (entity: NetworkEntity) => void;
  /** Offered for an existing entity: the caller asks what happens to its links, then deletes. */
  onDelete?: ((entity: NetworkEntity) => void) | undefined;
  onDirtyChange?: ((dirty: boolean) => void) | undefined;
}

/** Adds a person, place, vehicle, phone number or account to the network, or changes one. */
export function EntityDialog({ youthId, entity, presetKind, onClose, onSaved, onDelete, onDirtyChange }: EntityDialogProps) {
  const [initial] = useState(() => entityFormValues(entity, presetKind));
  const [values, setValues] = useState<EntityFormValues>(initial);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  // Main refuses to replace details it could not read until the user confirms; only then is it asked.
  const [detailsUnreadable, setDetailsUnreadable] = useState(false);
  const [replaceUnreadable, setReplaceUnreadable] = useState(false);
  const dirty = isEntityFormDirty(values, initial);
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  function change(patch: Partial<EntityFormValues>, field: string) {
    setValues((current) => ({ ...current, ...patch }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  function changeDetail(field: DetailFieldName, value: string) {
    setValues((current) => ({ ...current, details: { ...current.details, [field]: value } }));
    setErrors(({ [`details.${field}`]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = parseEntityForm(values, { youthId, entity });
    if (!parsed.ok) {
      showErrors(parsed.errors, null);
      return;
    }
    const result = await send(() => api.network.saveEntity({ ...parsed.input, replaceUnreadable }));
    if (result.ok) onSaved(result.value);
    else if (result.error.fields?.replaceUnreadable) {
      // The confirmation appears only now: rendered first, so the focus can go to it with main's message.
      flushSync(() => setDetailsUnreadable(true));
      focusFirstInvalid(formRef.current);
    }
  }

  const title = entity ? `${entity.label} wijzigen` : values.kind ? `${entityKindLabels[values.kind]} toevoegen` : 'Toevoegen aan het netwerk';

  return (
    <Dialog title={title} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          Velden met <span aria-hidden="true">*</span> zijn verplicht. Schrijf bij de bron altijd op wie dit heeft gezien of verteld.
        </p>
        <FormError message={formError} />
        {detailsUnreadable && (
          <ReplaceUnreadableField
            parts="de opgeslagen gegevens van dit punt"
            checked={replaceUnreadable}
            onChange={(checked) => {
              setReplaceUnreadable(checked);
              setErrors(({ replaceUnreadable: _confirmed, ...rest }) => rest);
            }}
            error={errors.replaceUnreadable}
          />
        )}
        <ChoiceField
          label={entity ? 'Soort' : 'Wat voeg je toe?'}
          value={values.kind}
          onChange={(kind) => change({ kind: kind as EntityKind | '' }, 'kind')}
          labels={entityKindLabels}
          error={errors.kind}
          required
          autoFocus
        />
        {values.kind && <EntityDetailFields kind={values.kind} values={values.details} errors={errors} onChange={changeDetail} />}
        <ProvenanceFields values={values} errors={errors} onChange={(field, value) => change({ [field]: value }, field)} />
        <CheckboxGroupField
          legend="Markeringen"
          options={flagOptions}
          selected={values.flags}
          onChange={(flags) => change({ flags: flags as EntityFlag[] }, 'flags')}
        />
        <GuardedFormActions guard={guard} submitLabel={entity ? 'Wijzigingen opslaan' : 'Toevoegen'} busy={busy} />
        {entity && onDelete && !guard.confirmingDiscard && (
          <DialogDeleteButton label={`${entity.label} verwijderen…`} onClick={() => onDelete(entity)} disabled={busy} />
        )}
      </form>
    </Dialog>
  );
}

