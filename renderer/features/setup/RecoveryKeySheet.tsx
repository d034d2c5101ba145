const longDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' });

/** The paper copy: the only thing on the page when it is printed (see session.css). */
export function RecoveryKeySheet({ recoveryKey, createdOn }: { recoveryKey: string; createdOn: Date }) {
  return (
    <section className="print-only recovery-sheet">
      <h1 className="recovery-sheet-title">Herstelsleutel Waakzaam</h1>
      <p>Gemaakt op {longDate.format(createdOn)}</p>
      <p className="recovery-key">{recoveryKey}</p>
      <h2 className="recovery-sheet-heading">Waarvoor is deze sleutel?</h2>
      <p>
        Weet niemand meer een wachtwoord van een beheerder, dan opent deze sleutel de database van Waakzaam en
        krijgt een beheerdersaccount er een nieuw wachtwoord mee. Kies daarvoor op het inlogscherm
        ‘Wachtwoord vergeten?’ en dan ‘Herstellen met de herstelsleutel’.
      </p>
      <h2 className="recovery-sheet-heading">Bewaren</h2>
      <ul>
        <li>Berg dit blad op in een afgesloten kast of kluis, niet bij de computer.</li>
        <li>Wie deze sleutel heeft, kan alle gegevens in Waakzaam openen. Maak er geen foto of digitale kopie van.</li>
        <li>Maakt een beheerder een nieuwe herstelsleutel, dan werkt deze niet meer: vernietig dit blad dan.</li>
      </ul>
    </section>
  );
}
