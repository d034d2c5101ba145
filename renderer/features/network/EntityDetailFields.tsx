import { personRoleLabels, placeTypeLabels, vehicleTypeLabels, type EntityKind } from '../../../preload/contract';
import type { FieldErrors } from '../../components/fieldErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { ChoiceField } from '../../components/ChoiceField';
import { kindFieldNames, type DetailFieldName } from './entityForm';

type FieldSpec = { label: string; hint?: string; required?: boolean } & (
  | { control: 'text'; type?: 'tel' }
  | { control: 'textarea' }
  | { control: 'select'; options: Record<string, string> }
);

const nameHint = 'Weet je de naam niet, beschrijf dan wie of wat het is.';

/** The label, hint and control of each field; which fields a kind has is in `kindFieldNames`. */
const fieldSpecs: Record<EntityKind, Partial<Record<DetailFieldName, FieldSpec>>> = {
  person: {
    role: { label: 'Wie is dit voor de jongere?', control: 'select', options: personRoleLabels, required: true },
    name: { label: 'Naam of omschrijving', control: 'text', required: true, hint: `${nameHint} Bijvoorbeeld ‘onbekende man met rode scooter’.` },
    alias: { label: 'Bijnaam', control: 'text' },
    description: { label: 'Signalement', control: 'textarea', hint: 'Leeftijd, uiterlijk, kleding: wat helpt om deze persoon te herkennen.' },
  },
  place: {
    placeType: { label: 'Soort plek', control: 'select', options: placeTypeLabels, required: true },
    name: { label: 'Naam of omschrijving', control: 'text', required: true, hint: `${nameHint} Bijvoorbeeld ‘woning van de oom’ of ‘hangplek achter het station’.` },
    address: { label: 'Adres', control: 'text' },
    postcode: { label: 'Postcode', control: 'text', hint: 'Bijvoorbeeld 1234 AB.' },
    city: { label: 'Plaats', control: 'text' },
    residents: { label: 'Wie woont of verblijft er', control: 'text' },
    riskNote: { label: 'Risico-inschatting', control: 'textarea', hint: 'Waarom deze plek ertoe doet: wat er gebeurt, wanneer de jongere er is.' },
  },
  vehicle: {
    vehicleType: { label: 'Soort voertuig', control: 'select', options: vehicleTypeLabels, required: true },
    plate: { label: 'Kenteken', control: 'text', hint: 'Ook een deel van het kenteken helpt.' },
    make: { label: 'Merk', control: 'text' },
    colour: { label: 'Kleur', control: 'text' },
  },
  phone: {
    number: { label: 'Telefoonnummer', control: 'text', type: 'tel', required: true, hint: 'Bijvoorbeeld 06 12345678 of +32 470 12 34 56.' },
  },
  account: {
    platform: { label: 'Platform', control: 'text', required: true, hint: 'Bijvoorbeeld Instagram, Snapchat of TikTok.' },
    handle: { label: 'Accountnaam', control: 'text', required: true, hint: 'De naam waaronder het account te vinden is; nooit een wachtwoord.' },
  },
};

interface EntityDetailFieldsProps {
  kind: EntityKind;
  values: Record<DetailFieldName, string>;
  errors: FieldErrors;
  onChange: (field: DetailFieldName, value: string) => void;
}

/** The fields of one kind of entity: a person's role and name, a vehicle's plate, and so on. */
export function EntityDetailFields({ kind, values, errors, onChange }: EntityDetailFieldsProps) {
  return kindFieldNames[kind].map((name) => {
    const spec = fieldSpecs[kind][name];
    if (!spec) return null;
    const common = { label: spec.label, hint: spec.hint, required: spec.required, value: values[name], error: errors[`details.${name}`], onChange: (value: string) => onChange(name, value) };
    if (spec.control === 'select') {
      return <ChoiceField key={`${kind}-${name}`} {...common} labels={spec.options} />;
    }
    if (spec.control === 'textarea') return <TextAreaField key={`${kind}-${name}`} {...common} rows={3} />;
    return <TextField key={`${kind}-${name}`} {...common} type={spec.type ?? 'text'} />;
  });
}
