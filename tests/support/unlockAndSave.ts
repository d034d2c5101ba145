/**
 * One attempt to sign in and file a youth, in a process of its own, so a test can run it as
 * another OS user (tests/db/faults.test.ts: a folder that user may only read). Prints the
 * router's answers as JSON lines.
 * Usage: tsx tests/support/unlockAndSave.ts DB NAME PASSWORD LOCATION_ID
 */
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices } from '../../main/services/appServices';

const [databasePath, name, password, locationId] = process.argv.slice(2);
const services = createAppServices({ databasePath: databasePath!, migrationsFolder: sourceMigrationsFolder, logger: silentLogger });
const unlocked = await services.router('session.unlock', { name, password });
process.stdout.write(`${JSON.stringify(unlocked)}\n`);
if (unlocked.ok) {
  const created = await services.router('youths.create', { firstName: 'Proef', lastName: 'Alleen-lezen', dateOfBirth: '2011-06-07', locationId });
  process.stdout.write(`${JSON.stringify(created)}\n`);
}
services.close();
