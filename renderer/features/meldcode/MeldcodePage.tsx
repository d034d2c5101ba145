import { ComingSoon } from '../../components/ComingSoon';

export function MeldcodePage() {
  return (
    <ComingSoon
      title="Meldcode"
      description="Hier doorloop je straks per vermoeden de vijf stappen van de meldcode: signalen vastleggen, collegiaal overleggen, het gesprek met de jongere, wegen en beslissen. Elke stap en elk besluit komt in een dossierlog die niet meer te wijzigen is."
    />
  );
}
