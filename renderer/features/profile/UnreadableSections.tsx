import { profileSectionNames, type YouthProfileSection } from '../../../preload/contract';
import { ReplaceUnreadableField } from '../../components/ReplaceUnreadableField';

/**
 * Above the read-only profile when sections were stored in a shape this version cannot read: they
 * show as empty, which must not look like "nothing known" (medication, a guardian).
 */
export function UnreadableProfileNotice({ sections }: { sections: readonly YouthProfileSection[] }) {
  if (sections.length === 0) return null;
  return (
    <div role="alert" className="notice notice-warning">
      <p className="notice-title">Let op: niet alle gegevens konden worden gelezen</p>
      <p>
        Deze onderdelen zijn opgeslagen in een vorm die deze versie van de app niet kan lezen: <strong>{profileSectionNames(sections)}</strong>. Ze staan
        hieronder leeg, maar wat er is opgeslagen is niet weg. Vraag de beheerder of de aandachtsfunctionaris om te kijken voordat je de gegevens
        wijzigt: opslaan vervangt deze onderdelen door wat je dan invult.
      </p>
    </div>
  );
}

interface ReplaceUnreadableConfirmationProps {
  sections: readonly YouthProfileSection[];
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: string | undefined;
}

/** At the top of the form: the same warning, and the confirmation a save needs (main refuses without it). */
export function ReplaceUnreadableConfirmation({ sections, checked, onChange, error }: ReplaceUnreadableConfirmationProps) {
  if (sections.length === 0) return null;
  const names = profileSectionNames(sections);
  return (
    <div className="notice notice-warning">
      <p className="notice-title">Niet alle gegevens konden worden gelezen</p>
      <p>
        De onderdelen <strong>{names}</strong> zijn opgeslagen in een vorm die deze versie van de app niet kan lezen. Ze staan hieronder leeg. Sla je
        op, dan komt wat je nu invult in de plaats van wat er opgeslagen is. Vraag bij twijfel eerst de beheerder of de aandachtsfunctionaris.
      </p>
      <ReplaceUnreadableField parts={names} checked={checked} onChange={onChange} error={error} />
    </div>
  );
}
