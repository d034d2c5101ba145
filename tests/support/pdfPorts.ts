import fs from 'node:fs';
import path from 'node:path';
import { listDisclosuresForYouth } from '../../db/repositories/disclosures';
import type { AppServices } from '../../main/services/appServices';
import type { TestServiceOptions } from './tempDatabase';

/** The shell's save dialog as the user answers it: saves into a folder under the suggested name. */
export function savingInto(folder: string): TestServiceOptions['savePdf'] {
  return async (pdf, suggestedName) => {
    const target = path.join(folder, suggestedName);
    fs.writeFileSync(target, pdf);
    return target;
  };
}

/** The youth's disclosure register, newest first, read in the signed-in session. */
export function disclosuresOf(services: AppServices, youthId: string) {
  return listDisclosuresForYouth(services.context.requireUnlocked().handle.db, youthId);
}
