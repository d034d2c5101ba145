import { useState } from 'react';
import { WelcomePanel } from '../../components/WelcomePanel';
import { RecoveryKeyHandover } from './RecoveryKeyHandover';
import { RecoveryKeySheet } from './RecoveryKeySheet';

interface RecoveryKeyScreenProps {
  recoveryKey: string;
  onDone: () => void;
}

const instructions = [
  'Druk de sleutel af of schrijf hem over op papier. Bewaar hem niet op de computer.',
  'Berg het papier op een veilige plek op, zoals een afgesloten kast of kluis, niet bij de computer.',
  'Wie de sleutel heeft, kan alle gegevens in Waakzaam openen.',
  'De sleutel wordt na dit scherm niet meer getoond.',
];

/** Shown once, right after setup: the key is never shown again, so the next step waits for a tick. */
export function RecoveryKeyScreen({ recoveryKey, onDone }: RecoveryKeyScreenProps) {
  const [createdOn] = useState(() => new Date());

  return (
    <>
      <div className="recovery-screen print-hidden">
        <WelcomePanel title="Bewaar de herstelsleutel">
          <RecoveryKeyHandover recoveryKey={recoveryKey} instructions={instructions} doneLabel="Verder" onDone={onDone}>
            <p>
              De database is aangemaakt. Hieronder staat de <strong>herstelsleutel</strong>. Weet niemand meer een
              wachtwoord van een beheerder, dan open je met deze sleutel de database en geef je een beheerdersaccount
              een nieuw wachtwoord.
            </p>
          </RecoveryKeyHandover>
        </WelcomePanel>
      </div>
      <RecoveryKeySheet recoveryKey={recoveryKey} createdOn={createdOn} />
    </>
  );
}
