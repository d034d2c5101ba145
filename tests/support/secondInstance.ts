/**
 * A second app instance for tests: its own process with its own services on the same database
 * (as two staff members on two Windows accounts of one PC). Signs in, opens the given youths'
 * files `rounds` times, and prints how many opens succeeded.
 * Usage: tsx tests/support/secondInstance.ts DB NAME PASSWORD ROUNDS ID...
 */
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices } from '../../main/services/appServices';

const [databasePath, name, password, rounds, ...ids] = process.argv.slice(2);
const services = createAppServices({ databasePath: databasePath!, migrationsFolder: sourceMigrationsFolder, logger: silentLogger, workstation: 'tweede-instantie' });
const unlocked = await services.router('session.unlock', { name, password });
if (!unlocked.ok) throw new Error(unlocked.error.message);
let opened = 0;
for (let round = 0; round < Number(rounds); round++) {
  for (const id of ids) if ((await services.router('youths.open', { id })).ok) opened++;
}
services.close();
process.stdout.write(`${opened}\n`);
