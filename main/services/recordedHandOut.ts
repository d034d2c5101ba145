import fs from 'node:fs';
import type { Logger } from '../logging/logger';
import type { HandedOut, HandOut } from './packetHandOut';

/**
 * Hands a PDF to the shell first and records it only once it really left: the register lists
 * only what left, so a cancelled save or a print window that failed records nothing. `record`
 * runs in the session that asked, which after the dialog's await may be locked or gone; then
 * nothing may have left unrecorded, so a saved file is taken back (a print window was already
 * closed by the lock) and the failure passed on.
 */
export async function handOutRecorded(handOut: HandOut, pdf: Buffer, fileName: string, record: () => void, logger: Logger): Promise<HandedOut> {
  const handed = await handOut(pdf, fileName);
  if (handed.outcome === 'cancelled') return handed;
  try {
    record();
  } catch (error) {
    if (handed.outcome === 'saved') withdrawSavedFile(handed.savedTo, logger);
    throw error;
  }
  return handed;
}

function withdrawSavedFile(savedTo: string, logger: Logger): void {
  try {
    fs.rmSync(savedTo, { force: true });
  } catch (error) {
    logger.error('saved PDF could not be withdrawn after its disclosure failed', error);
  }
}
