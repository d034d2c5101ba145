/**
 * A writer that is meant to be killed (tests/db/crashKill.test.ts): the real youth service on the
 * encrypted database, signed in with the data key the parent unwrapped once (no key derivation
 * per start), creating youths in an endless loop. Only the modules that takes are loaded (not
 * every service), so a writer starts quickly. Each id is printed only after the call returned:
 * that is the moment the app tells the user "opgeslagen". stdout is
 * a pipe, which Node writes synchronously on Linux and macOS, so a printed id has left the process
 * before the next write starts.
 * Usage: tsx tests/support/crashingWriter.ts DB USER_ID USER_NAME LOCATION_ID   (data key as hex on stdin)
 */
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { createConsoleLogger } from '../../main/logging/logger';
import { ServiceContext } from '../../main/services/context';
import { openSession } from '../../main/services/session/openSession';
import { createYouth } from '../../main/services/youthService';

const [databasePath, userId, userName, locationId] = process.argv.slice(2);
const parent = process.ppid;
let keyHex = '';
for await (const chunk of process.stdin) keyHex += String(chunk);
const dataKey = Buffer.from(keyHex.trim(), 'hex');

const context = new ServiceContext({
  databasePath: databasePath!,
  migrationsFolder: sourceMigrationsFolder,
  logger: createConsoleLogger(),
  workstation: 'gedood-proces',
});
openSession(context, dataKey, { userId: userId!, name: userName! });
dataKey.fill(0);

// Stops when the test that started it is gone (a timeout), instead of writing on unowned.
for (let n = 1; process.ppid === parent; n++) {
  const youth = createYouth(context, {
    firstName: 'Proef',
    lastName: `Crash ${process.pid}-${n}`,
    alias: '',
    dateOfBirth: '2011-06-07',
    locationId: locationId!,
  });
  process.stdout.write(`${youth.id}\n`);
}
