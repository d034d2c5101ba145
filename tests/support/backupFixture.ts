import type Database from 'better-sqlite3';
import { tableNames } from '../../db/backup/copyDatabase';
import { addPhoto } from '../../main/services/photoService';
import { lock } from '../../main/services/sessionService';
import { seedYouths, signIn } from './staff';
import { staffedServices, type TestServiceOptions } from './tempDatabase';
import { plainJpeg } from './testImages';

/** A name no page of an encrypted file can show by chance: found in a file's bytes, it leaked. */
export const plaintextMarker = 'Zwanetje-Onvindbaar-7Q';

/** The staffed database with two youths (one named with the marker) and a photo: rows, blobs and log entries. */
export async function filledServices(options: TestServiceOptions = {}) {
  const services = await staffedServices(options);
  const [youthId] = (await seedYouths(services, [
    { firstName: plaintextMarker, lastName: 'Kopie', dateOfBirth: '2010-02-03', location: 'Groep Noord' },
    { firstName: 'Bram', lastName: 'Reserve', dateOfBirth: '2011-06-07', location: 'Groep Zuid' },
  ])) as [string, string];
  await signIn(services, 'officer');
  await addPhoto(services.context, { youthId, kind: 'portrait', caption: '', takenOn: '2026-01-02', imageBase64: plainJpeg(64, 48).toString('base64') });
  lock(services.context);
  return services;
}

/** Every row of every table, blobs included, in a stable order: two equal dumps mean equal content. */
export function dumpEveryTable(connection: Database.Database): Record<string, string[]> {
  return Object.fromEntries(
    tableNames(connection).map((table) => [
      table,
      (connection.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).map(rowText).sort(),
    ]),
  );
}

function rowText(row: Record<string, unknown>): string {
  return JSON.stringify(row, (_key, value: unknown) =>
    value && typeof value === 'object' && (value as { type?: unknown }).type === 'Buffer' ? `blob:${Buffer.from((value as { data: number[] }).data).toString('hex')}` : value,
  );
}

/** Whether the bytes hold the text in UTF-8 or UTF-16 (SQLite may store either). */
export function holdsText(bytes: Buffer, text: string): boolean {
  return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le')) || bytes.includes(Buffer.from(text, 'utf16le').swap16());
}
