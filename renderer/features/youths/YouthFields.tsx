import type { z } from 'zod';
import type { Location, NewYouth } from '../../../preload/contract';
import { fieldErrorsFrom, type FieldErrors } from '../../components/fieldErrors';
import { TextField } from '../../components/TextField';
import type { Load } from '../../components/useLoad';
import { LocationSelect } from './LocationSelect';
import { localTodayIso } from './youthDates';

/** The basic data as a form holds it; the profile is edited apart. */
export type YouthBasics = Omit<NewYouth, 'profile'>;

interface YouthFieldsProps {
  values: YouthBasics;
  errors: FieldErrors;
  onChange: (field: keyof YouthBasics, value: string) => void;
  /** Checks the field as the user leaves it. */
  onBlur?: (field: keyof YouthBasics) => void;
  locations: Load<Location[]>;
  /** The youth's current location, offered even when it is not one of the user's own (emergency access). */
  currentLocation?: Location;
  autoFocus?: boolean;
}

/** A youth's basic data, as "Nieuwe jongere" and "Gegevens wijzigen" both ask for it. */
export function YouthFields({ values, errors, onChange, onBlur, locations, currentLocation, autoFocus }: YouthFieldsProps) {
  return (
    <>
      <TextField
        label="Voornaam"
        value={values.firstName}
        onChange={(value) => onChange('firstName', value)}
        onBlur={() => onBlur?.('firstName')}
        error={errors.firstName}
        required
        autoFocus={autoFocus}
      />
      <TextField
        label="Achternaam"
        value={values.lastName}
        onChange={(value) => onChange('lastName', value)}
        onBlur={() => onBlur?.('lastName')}
        error={errors.lastName}
        hint="Met tussenvoegsel, bijvoorbeeld ‘van den Berg’."
        required
      />
      <TextField
        label="Roepnaam of bijnaam"
        value={values.alias}
        onChange={(value) => onChange('alias', value)}
        onBlur={() => onBlur?.('alias')}
        error={errors.alias}
        hint="Optioneel. De naam waaronder de jongere bekend is; je kunt er ook op zoeken."
      />
      <TextField
        label="Geboortedatum"
        type="date"
        value={values.dateOfBirth}
        onChange={(value) => onChange('dateOfBirth', value)}
        onBlur={() => onBlur?.('dateOfBirth')}
        error={errors.dateOfBirth}
        max={localTodayIso()}
        required
      />
      <LocationSelect
        load={locations}
        value={values.locationId}
        onChange={(value) => onChange('locationId', value)}
        error={errors.locationId}
        current={currentLocation}
      />
    </>
  );
}

/** The contract's messages for the youth fields, with one said the way this form needs it. */
export function youthFieldErrors(error: z.ZodError, values: YouthBasics): FieldErrors {
  const fields = fieldErrorsFrom(error);
  // The date picker leaves the value empty until day, month and year are all filled in,
  // so the contract's "jjjj-mm-dd" hint would only confuse here.
  if (values.dateOfBirth === '' && fields.dateOfBirth) fields.dateOfBirth = 'Vul de volledige geboortedatum in: dag, maand en jaar.';
  return fields;
}
