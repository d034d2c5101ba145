import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isUncPath } from '../../db/networkLocation';

/**
 * The machine-wide settings IT puts beside the program: staff sign in with their own Windows
 * accounts on a shared PC, so the database and backup folders cannot live in anyone's own
 * profile. Beside the executable, in a per-machine install (%ProgramFiles%), only administrators
 * can change it. No `electron` here: main/index.ts passes in where the program runs.
 */
export const itConfigFileName = 'waakzaam.config.json';
/** Shipped with every installer beside the program; IT copies it to `waakzaam.config.json`. */
export const itConfigExampleFileName = 'waakzaam.config.example.json';

export const itConfigDefaults = { backupKeep: 30, backupIntervalMinutes: 15 } as const;

export interface ItConfig {
  /** Absent: the database stays where it was (WAAKZAAM_DB, or the user's own app folder). */
  databaseFolder?: string;
  /** Absent: a folder `back-ups` beside the database. */
  backupFolder?: string;
  backupKeep: number;
  backupIntervalMinutes: number;
}

export class ItConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItConfigError';
  }
}

/** What a folder setting must be on this platform: absolute, and on a local disk. */
function folderProblem(value: string, platform: NodeJS.Platform): string | undefined {
  if (isUncPath(value)) return 'een netwerkpad (\\\\server\\share) kan niet: kies een map op een lokale schijf van deze computer';
  const absolute = platform === 'win32' ? /^[a-z]:[\\/]/i.test(value) : path.posix.isAbsolute(value);
  if (!absolute) return platform === 'win32' ? 'geef een volledig pad met stationsletter, zoals C:\\ProgramData\\Waakzaam\\Database' : 'geef een volledig pad, zoals /var/lib/waakzaam';
  return undefined;
}

function folderSetting(platform: NodeJS.Platform) {
  return z
    .string({ error: 'moet een map zijn, als tekst tussen aanhalingstekens' })
    .trim()
    .superRefine((value, context) => {
      const problem = folderProblem(value, platform);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    });
}

function wholeNumber(min: number, max: number) {
  const message = `moet een geheel getal van ${min} tot en met ${max} zijn`;
  return z.int({ error: message }).min(min, message).max(max, message);
}

export function itConfigSchema(platform: NodeJS.Platform) {
  return z.strictObject(
    {
      databaseFolder: folderSetting(platform).optional(),
      backupFolder: folderSetting(platform).optional(),
      backupKeep: wholeNumber(1, 1000).default(itConfigDefaults.backupKeep),
      backupIntervalMinutes: wholeNumber(5, 24 * 60).default(itConfigDefaults.backupIntervalMinutes),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `onbekende instelling ${issue.keys.join(', ')}` : 'moet een object met instellingen zijn') },
  );
}

/** Checks the text of a config file; every problem in one Dutch message naming the setting. */
export function parseItConfig(text: string, file: string, platform: NodeJS.Platform): ItConfig {
  const refused = (problem: string) =>
    new ItConfigError(
      `Het instellingenbestand van IT (${file}) klopt niet, daarom start Waakzaam niet: ${problem}. Laat IT het bestand verbeteren; ${itConfigExampleFileName} in dezelfde map is een goed voorbeeld.`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw refused(`het is geen geldige JSON (${(error as Error).message})`);
  }
  const result = itConfigSchema(platform).safeParse(json);
  if (!result.success) {
    throw refused(result.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')} ${issue.message}` : issue.message)).join('; '));
  }
  const { databaseFolder, backupFolder, ...numbers } = result.data;
  return { ...numbers, ...(databaseFolder ? { databaseFolder } : {}), ...(backupFolder ? { backupFolder } : {}) };
}

/**
 * The folder the config is read from: beside the executable, or beside the AppImage file (an
 * AppImage runs from a temporary read-only mount, which `APPIMAGE` points out of).
 */
export function itConfigFolder(facts: { execPath: string; appImage: string | undefined }): string {
  return path.dirname(facts.appImage?.trim() ? facts.appImage : facts.execPath);
}

/** Reads `waakzaam.config.json` from the folder; the defaults when there is none. */
export function readItConfig(folder: string, platform: NodeJS.Platform): ItConfig {
  const file = path.join(folder, itConfigFileName);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ...itConfigDefaults };
    throw new ItConfigError(`Het instellingenbestand van IT (${file}) kan niet worden gelezen, daarom start Waakzaam niet. Laat IT de rechten op het bestand controleren.`);
  }
  // Notepad saves UTF-8 with a byte-order mark, which JSON.parse refuses.
  return parseItConfig(text.replace(/^\uFEFF/, ''), file, platform);
}
