import { useEffect, useState, type FormEvent } from 'react';
import {
  fieldErrorsFrom,
  linkRatingLabels,
  linkTypeLabels,
  saveLinkSchema,
  type Network,
  type NetworkLink,
} from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { ChoiceField } from '../../components/ChoiceField';
import { DialogDeleteButton } from './DialogDeleteButton';
import { EndpointSelect, youthChoice } from './EndpointSelect';
import { ProvenanceFields } from './ProvenanceFields';

interface LinkFormValues {
  from: string;
  to: string;
  type: string;
  rating: string;
  source: string;
  observedOn: string;
  notes: string;
}

const chooseFromMessage = 'Kies waar het verband begint: de jongere of een punt uit het netwerk.';
const chooseToMessage = 'Kies waar het verband heen gaat: de jongere of een punt uit het netwerk.';

export interface LinkDialogProps {
  youthId: string;
  youthName: string;
  network: Network;
  /** The link to change; absent for a new one. */
  link?: NetworkLink | undefined;
  /** For a new link: where it starts and where it ends (null: the youth), e.g. from the graph. */
  presetFromId?: string | null | undefined;
  presetToId?: string | null | undefined;
  onClose: () => void;
  onSaved: (link: NetworkLink) => void;
  /** Offered for an existing link: the caller asks first, then deletes. */
  onDelete?: ((link: NetworkLink) => void) | undefined;
  onDirtyChange?: ((dirty: boolean) => void) | undefined;
}

/** The select's value for an end: the youth's own choice for null, nothing chosen yet for undefined. */
const choiceOf = (end: string | null | undefined): string => (end === null ? youthChoice : (end ?? ''));
const endOf = (choice: string): string | null => (choice === youthChoice ? null : choice);

function initialValues(link: NetworkLink | undefined, presetFromId: string | null | undefined, presetToId: string | null | undefined): LinkFormValues {
  return {
    // A new link starts at the youth unless told otherwise: most links are the youth's own.
    from: choiceOf(link ? link.fromId : presetFromId === undefined ? null : presetFromId),
    to: choiceOf(link ? link.toId : presetToId),
    type: link?.type ?? '',
    rating: link?.rating ?? '',
    source: link?.source ?? '',
    observedOn: link?.observedOn ?? '',
    notes: link?.notes ?? '',
  };
}

/** A link between the youth and an entity or between two entities: its kind, how it is rated, and where that comes from. */
export function LinkDialog({ youthId, youthName, network, link, presetFromId, presetToId, onClose, onSaved, onDelete, onDirtyChange }: LinkDialogProps) {
  const [initial] = useState(() => initialValues(link, presetFromId, presetToId));
  const [values, setValues] = useState<LinkFormValues>(initial);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = (Object.keys(values) as (keyof LinkFormValues)[]).some((key) => values[key].trim() !== initial[key].trim());
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  function change(field: keyof LinkFormValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    const key = field === 'from' ? 'fromId' : field === 'to' ? 'toId' : field;
    setErrors(({ [key]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = saveLinkSchema.safeParse({
      youthId,
      ...(link ? { id: link.id } : {}),
      fromId: endOf(values.from),
      toId: endOf(values.to),
      type: values.type,
      rating: values.rating,
      source: values.source,
      observedOn: values.observedOn,
      notes: values.notes,
    });
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      // An empty choice is "choose one", not the general "Kies een item".
      if (values.from === '') fields.fromId = chooseFromMessage;
      if (values.to === '') fields.toId = chooseToMessage;
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.network.saveLink(parsed.data));
    if (result.ok) onSaved(result.value);
  }

  return (
    <Dialog title={link ? 'Verband wijzigen' : 'Verband toevoegen'} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          Velden met <span aria-hidden="true">*</span> zijn verplicht. Bij een verband met een richting (ronselt, vervoert, geeft) begint het
          verband bij wie het doet.
        </p>
        <FormError message={formError} />
        <EndpointSelect
          label="Van"
          value={values.from}
          onChange={(value) => change('from', value)}
          entities={network.entities}
          youthName={youthName}
          error={errors.fromId}
          required
          autoFocus
        />
        <EndpointSelect
          label="Naar"
          value={values.to}
          onChange={(value) => change('to', value)}
          entities={network.entities}
          youthName={youthName}
          error={errors.toId}
          required
        />
        <ChoiceField label="Soort verband" value={values.type} onChange={(value) => change('type', value)} labels={linkTypeLabels} error={errors.type} required />
        <ChoiceField
          label="Beoordeling"
          value={values.rating}
          onChange={(value) => change('rating', value)}
          labels={linkRatingLabels}
          error={errors.rating}
          hint="Beschermend: helpt de jongere veilig te blijven. Gevaar: brengt de jongere in gevaar."
          required
        />
        <ProvenanceFields values={values} errors={errors} onChange={change} />
        <GuardedFormActions guard={guard} submitLabel={link ? 'Wijzigingen opslaan' : 'Verband toevoegen'} busy={busy} />
        {link && onDelete && !guard.confirmingDiscard && <DialogDeleteButton label="Verband verwijderen…" onClick={() => onDelete(link)} disabled={busy} />}
      </form>
    </Dialog>
  );
}
