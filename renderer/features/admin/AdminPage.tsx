import { ComingSoon } from '../../components/ComingSoon';

export function AdminPage() {
  return (
    <ComingSoon
      title="Beheer"
      description="Hier beheert de applicatiebeheerder straks de accounts en rollen van medewerkers, de sociale kaart met regionale contacten en de lijst met signalen. Ook is hier terug te zien wie welk dossier heeft ingezien."
    />
  );
}
