import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { Dialog } from '../../components/Dialog';
import { RecoveryKeyHandover } from '../setup/RecoveryKeyHandover';
import { RecoveryKeySheet } from '../setup/RecoveryKeySheet';

const instructions = [
  'Druk de sleutel af of schrijf hem over op papier. Bewaar hem niet op de computer.',
  'Berg het papier op in een afgesloten kast of kluis, niet bij de computer.',
  'Vernietig het blad met de vorige herstelsleutel.',
];

/**
 * Shows the new recovery key once, with a print button. Printing shows only the key sheet:
 * while this dialog is open the sheet sits outside the app root, which printing hides.
 */
export function NewRecoveryKeyDialog({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [createdOn] = useState(() => new Date());

  useEffect(() => {
    document.body.classList.add('printing-key-sheet');
    return () => document.body.classList.remove('printing-key-sheet');
  }, []);

  return (
    <>
      {/* Escape counts as "Klaar": the dialog closes only once the tick says the key is stored. */}
      <Dialog title="Nieuwe herstelsleutel" onRequestClose={() => formRef.current?.requestSubmit()}>
        <RecoveryKeyHandover ref={formRef} recoveryKey={recoveryKey} instructions={instructions} doneLabel="Klaar" onDone={onDone}>
          <p>De nieuwe herstelsleutel is gemaakt; de vorige werkt niet meer. Deze sleutel wordt maar één keer getoond.</p>
        </RecoveryKeyHandover>
      </Dialog>
      {createPortal(
        <div className="key-sheet-print">
          <RecoveryKeySheet recoveryKey={recoveryKey} createdOn={createdOn} />
        </div>,
        document.body,
      )}
    </>
  );
}
