import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { disclosureOutputs, legalGrounds } from './disclosures';
import { limitedText } from './documentMode';
import { packetResultSchema } from './missing';

/**
 * A meldcode case leaving the app as a PDF (domain.md §6): the user names to whom, why and on
 * which legal ground, and the disclosure register records exactly that with the file's hash.
 * The case summary template of the export wizard (issue 7) grows from this.
 */
export const caseExportSchema = z.object({
  caseId: idSchema,
  output: z.enum(disclosureOutputs),
  recipient: limitedText(true, 120, 'De ontvanger').min(2, 'Vul in aan wie je de samenvatting geeft.'),
  purpose: limitedText(true, 300, 'Het doel').min(5, 'Schrijf op waarvoor de ontvanger de samenvatting nodig heeft.'),
  legalGround: z.enum(legalGrounds, 'Kies de grondslag voor deze verstrekking.'),
});
export type CaseExport = z.output<typeof caseExportSchema>;
export type CaseExportInput = z.input<typeof caseExportSchema>;

/** Saved where the user chose, shown for printing, or the save dialog cancelled (nothing recorded). */
export const caseExportCall = defineCall(caseExportSchema, packetResultSchema);
