import path from 'node:path';
import type { UnlockInput } from '../../preload/contract';
import { companionFiles } from '../backup/backupFiles';
import { backupMessages } from '../backup/backupMessages';
import { backUp, logRestore } from '../backup/backupService';
import { planRestore, restoreBackup, type RestorePlan } from '../backup/restoreBackup';
import type { BackupResult } from '../backup/writeBackup';
import { silentLogger } from '../logging/logger';
import { createAppServices } from '../services/appServices';
import { unlock } from '../services/sessionService';

/** Kept when `--keep` is not given: a month of daily backups. */
export const defaultKeep = 30;

interface Paths {
  databasePath: string;
  migrationsFolder: string;
}

/** Signs in as the account through the service layer, so the action lands in the access log. */
async function signedIn<T>(paths: Paths, login: UnlockInput, work: (services: ReturnType<typeof createAppServices>) => T): Promise<T> {
  const services = createAppServices({ ...paths, logger: silentLogger });
  try {
    await unlock(services.context, login);
    return work(services);
  } finally {
    services.close();
  }
}

export async function backupCommand(paths: Paths, login: UnlockInput, options: { folder: string; keep: number }): Promise<string> {
  const result = await signedIn(paths, login, (services) => backUp(services.context, options));
  return describeBackup(result, options.keep);
}

function describeBackup(result: BackupResult, keep: number): string {
  const { keySlots, anchor } = companionFiles(result.path);
  const lines = [
    `Back-up gemaakt en gecontroleerd: ${result.path}`,
    `Grootte: ${megabytes(result.bytes)} (${result.bytes} bytes), tijd: ${(result.durationMs / 1000).toFixed(2).replace('.', ',')} s, schemaversie ${result.schemaVersion}`,
    `Rijen: ${describeRows(result.rows)}`,
    `Ernaast: ${path.basename(keySlots)} (sleutels, nodig om te openen) en ${path.basename(anchor)} (anker van het toegangslog)`,
  ];
  if (!result.logIntact) lines.push(backupMessages.logBrokenBackedUp);
  if (result.removed.length > 0) lines.push(`Oudere back-ups verwijderd (bewaard: de ${keep} nieuwste): ${result.removed.map((file) => path.basename(file)).join(', ')}`);
  return lines.join('\n');
}

export async function restoreCommand(paths: Paths, login: UnlockInput, options: { from: string; confirm: boolean }): Promise<string> {
  const plan = await planRestore(paths.databasePath, options.from, paths.migrationsFolder, login, new Date());
  const checked = `Back-up in orde: ${plan.from} (schemaversie ${plan.verified.schemaVersion}, integriteit ok, rijen: ${describeRows(plan.verified.rows)})`;
  if (!options.confirm) return [checked, describePlan(plan), 'Er is niets gewijzigd. Voer de opdracht opnieuw uit met --confirm om terug te zetten.'].join('\n');
  restoreBackup(plan);
  await signedIn(paths, login, (services) => logRestore(services.context, { from: plan.from, keptAside: plan.keptAside }));
  return [checked, `Back-up teruggezet als ${plan.databasePath}.`, `De vorige database (met sleutel- en ankerbestand) staat in ${plan.keptAside}`].join('\n');
}

function describePlan(plan: RestorePlan): string {
  return [
    'Met --confirm gebeurt dit:',
    `  1. de huidige database en de bestanden ernaast gaan naar ${plan.keptAside}`,
    plan.keySlots === 'live'
      ? `  2. de back-up met zijn ankerbestand wordt teruggezet als ${plan.databasePath}; de sleutels van nu blijven (wachtwoorden en uitgeschakelde accounts blijven zoals ze nu zijn)`
      : `  2. de back-up met zijn sleutel- en ankerbestand wordt teruggezet als ${plan.databasePath}; de wachtwoorden zijn weer die van de dag van de back-up: controleer daarna welke accounts uitgeschakeld moeten blijven`,
  ].join('\n');
}

function describeRows(rows: Record<string, number>): string {
  return Object.entries(rows).map(([table, n]) => `${table}=${n}`).join(', ');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
