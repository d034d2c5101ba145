import type { DisclosureOutput } from '../../preload/contract/disclosures';
import { AppError, appMessages } from '../errors/AppError';
import type { ServiceConfig } from './context';

/** What became of a PDF handed to the shell: only 'saved' and 'printing' left the app. */
export type HandedOut = { outcome: 'saved'; savedTo: string } | { outcome: 'printing' } | { outcome: 'cancelled' };

export type HandOut = (pdf: Buffer, fileName: string) => Promise<HandedOut>;

/**
 * The shell's port for the chosen output: its save dialog or its print window. Without it the
 * call is refused before anything is made. A port that fails is logged technically and told in
 * Dutch; nothing has left the app then, so nothing may be recorded.
 */
export function packetHandOut(config: ServiceConfig, output: DisclosureOutput): HandOut {
  const { printPdf, savePdf, logger } = config;
  if (output === 'print') {
    if (!printPdf) throw new AppError('VALIDATION', appMessages.printUnavailable);
    return async (pdf) => {
      try {
        await printPdf(pdf);
      } catch (error) {
        logger.error('packet print window not opened', error);
        throw new AppError('INTERNAL', appMessages.printFailed);
      }
      return { outcome: 'printing' };
    };
  }
  if (!savePdf) throw new AppError('VALIDATION', appMessages.saveUnavailable);
  return async (pdf, fileName) => {
    let savedTo: string | null;
    try {
      savedTo = await savePdf(pdf, fileName);
    } catch (error) {
      logger.error('packet not saved', error);
      throw new AppError('INTERNAL', appMessages.saveFailed);
    }
    return savedTo === null ? { outcome: 'cancelled' } : { outcome: 'saved', savedTo };
  };
}
