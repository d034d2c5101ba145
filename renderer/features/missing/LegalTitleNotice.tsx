import { legalFrameworkLabels, type LegalFramework } from '../../../preload/contract';

/** What the legal title means for reporting to the police (seed 003). */
const meaning: Record<LegalFramework, string> = {
  voluntary:
    'Er is geen juridische titel. De politie neemt een niet-urgente vermissingsmelding van een instelling dan alleen aan als er gevaar is: vul de urgentievragen in, zodat je kunt zeggen waarom.',
  ots: 'Er is een juridische titel: de instelling kan de vermissing altijd bij de politie melden.',
  guardianship: 'Er is een juridische titel: de instelling kan de vermissing altijd bij de politie melden.',
  closedCare: 'Er is een juridische titel: de instelling kan de vermissing altijd bij de politie melden.',
  other:
    'Controleer in het dossier of er een juridische titel is. Zonder titel neemt de politie een niet-urgente melding alleen aan als er gevaar is: vul de urgentievragen in.',
};

export function LegalTitleNotice({ framework, note }: { framework: LegalFramework; note: string }) {
  return (
    <section className={framework === 'voluntary' || framework === 'other' ? 'notice notice-warning legal-title' : 'notice legal-title'} aria-labelledby="legal-title-heading">
      <h2 id="legal-title-heading" className="notice-title">
        Juridisch kader: {legalFrameworkLabels[framework]}
      </h2>
      <p>{meaning[framework]}</p>
      {note && <p className="muted">Toelichting uit het dossier: {note}</p>}
    </section>
  );
}
