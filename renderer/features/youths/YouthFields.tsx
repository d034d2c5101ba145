import type { Location } from '../../../preload/contract';
import type { FieldErrors } from '../../components/fieldErrors';
import { TextField } from '../../components/TextField';
import type { Load } from '../../components/useLoad';
import { LocationSelect } from './LocationSelect';
import type { YouthBasics } from './youthBasics';
import { localTodayIso } from './youthDates';

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
