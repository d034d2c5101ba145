import {
  fieldErrorsFrom,
  saveEntitySchema,
  type EntityKind,
  type FieldErrors,
  type NetworkEntity,
  type SaveEntity,
} from '../../../preload/contract';

/** Every field any kind of entity has; the form keeps them all, and sends only the chosen kind's. */
export const detailFieldNames = [
  'role',
  'name',
  'alias',
  'description',
  'placeType',
  'address',
  'postcode',
  'city',
  'residents',
  'riskNote',
  'vehicleType',
  'plate',
  'make',
  'colour',
  'number',
  'platform',
  'handle',
] as const;
export type DetailFieldName = (typeof detailFieldNames)[number];

export const kindFieldNames: Record<EntityKind, readonly DetailFieldName[]> = {
  person: ['role', 'name', 'alias', 'description'],
  place: ['placeType', 'name', 'address', 'postcode', 'city', 'residents', 'riskNote'],
  vehicle: ['vehicleType', 'plate', 'make', 'colour'],
  phone: ['number'],
  account: ['platform', 'handle'],
};

export type EntityFlag = 'atRisk' | 'shareWithPolice';

export interface EntityFormValues {
  kind: EntityKind | '';
  details: Record<DetailFieldName, string>;
  source: string;
  observedOn: string;
  notes: string;
  flags: EntityFlag[];
}

const emptyDetails = () => Object.fromEntries(detailFieldNames.map((name) => [name, ''])) as Record<DetailFieldName, string>;

export function entityFormValues(entity: NetworkEntity | undefined, presetKind: EntityKind | undefined): EntityFormValues {
  if (!entity) return { kind: presetKind ?? '', details: emptyDetails(), source: '', observedOn: '', notes: '', flags: [] };
  const { kind: _kind, ...details } = entity.details;
  return {
    kind: entity.kind,
    details: { ...emptyDetails(), ...details },
    source: entity.source,
    observedOn: entity.observedOn,
    notes: entity.notes,
    flags: [...(entity.atRisk ? ['atRisk' as const] : []), ...(entity.shareWithPolice ? ['shareWithPolice' as const] : [])],
  };
}

export function isEntityFormDirty(values: EntityFormValues, initial: EntityFormValues): boolean {
  const trimmed = (form: EntityFormValues) => JSON.stringify(form, (_key, value: unknown) => (typeof value === 'string' ? value.trim() : value));
  return trimmed(values) !== trimmed(initial);
}

export const chooseKindMessage = 'Kies eerst wat je toevoegt: een persoon, plek, voertuig, telefoonnummer of online account.';

/** The form as the contract's input, checked; errors keyed as the fields are ("details.name"). */
export function parseEntityForm(
  values: EntityFormValues,
  context: { youthId: string; entity: NetworkEntity | undefined },
): { ok: true; input: SaveEntity } | { ok: false; errors: FieldErrors } {
  if (values.kind === '') return { ok: false, errors: { kind: chooseKindMessage } };
  const details = Object.fromEntries(kindFieldNames[values.kind].map((name) => [name, values.details[name]]));
  const parsed = saveEntitySchema.safeParse({
    youthId: context.youthId,
    ...(context.entity ? { id: context.entity.id } : {}),
    details: { kind: values.kind, ...details },
    source: values.source,
    observedOn: values.observedOn,
    notes: values.notes,
    atRisk: values.flags.includes('atRisk'),
    shareWithPolice: values.flags.includes('shareWithPolice'),
    // The dialog is about content; where the graph shows the entity stays as it is.
    position: null,
  });
  return parsed.success ? { ok: true, input: parsed.data } : { ok: false, errors: fieldErrorsFrom(parsed.error) };
}
