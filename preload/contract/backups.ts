import { z } from 'zod';
import { defineCall } from './defineCall';

/**
 * Backups (issue 8): made automatically after every `intervalMinutes` of use and at quit, or with
 * one click in Beheer, into the folder IT configured for the PC.
 */

export const backupStatusSchema = z.object({
  /** The newest verified backup in the folder; null when there is none. */
  lastSuccessAt: z.string().nullable(),
  lastFileName: z.string().nullable(),
  intervalMinutes: z.number().int(),
  /** The newest backup is older than the interval (or there is none): the start screen warns. */
  overdue: z.boolean(),
  running: z.boolean(),
  /** The last attempt's Dutch message when it failed; null after a success. */
  lastError: z.string().nullable(),
});
export type BackupStatus = z.output<typeof backupStatusSchema>;

export const backupSummarySchema = z.object({
  fileName: z.string(),
  bytes: z.number().int(),
  durationMs: z.number(),
  removed: z.number().int(),
  logIntact: z.boolean(),
});
export type BackupSummary = z.output<typeof backupSummarySchema>;

export const backupCalls = {
  /** Every signed-in user: the start screen warns when the last backup is too old. */
  status: defineCall(z.undefined(), backupStatusSchema),
  /** Administrator: back up now (in a worker thread; the app keeps answering). */
  run: defineCall(z.undefined(), backupSummarySchema),
};
