import { roleLabels, type Location, type Role } from '../../../preload/contract';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { SelectField } from '../../components/SelectField';
import { needsLocations, roleDescriptions, roleOrder } from './roleDescriptions';

interface RoleAndLocationFieldsProps {
  role: Role | '';
  locationIds: string[];
  locations: readonly Location[];
  onRoleChange: (role: Role | '') => void;
  onLocationsChange: (locationIds: string[]) => void;
  roleError?: string;
  locationsError?: string;
}

/** The role, and for group workers and team leads the locations whose youths they see. */
export function RoleAndLocationFields(props: RoleAndLocationFieldsProps) {
  const { role, locations } = props;
  return (
    <>
      <SelectField
        label="Rol"
        value={role}
        onChange={(value) => props.onRoleChange(value as Role | '')}
        error={props.roleError}
        hint={role ? roleDescriptions[role] : 'De rol bepaalt wat iemand in Waakzaam mag zien en doen.'}
        required
      >
        <option value="">Kies een rol</option>
        {roleOrder.map((option) => (
          <option key={option} value={option}>
            {roleLabels[option]}
          </option>
        ))}
      </SelectField>
      {needsLocations(role) &&
        (locations.length === 0 ? (
          <p className="form-error" role="alert">
            Er zijn nog geen locaties. Maak eerst onder ‘Locaties en groepen’ de locatie aan waar deze medewerker werkt.
          </p>
        ) : (
          <CheckboxGroupField
            legend="Locaties"
            hint="Deze medewerker ziet alleen de jongeren van de gekozen locaties."
            options={locations.map((location) => ({ value: location.id, label: location.name }))}
            selected={props.locationIds}
            onChange={props.onLocationsChange}
            error={props.locationsError}
            required
          />
        ))}
    </>
  );
}
