import { findOrCreateLocation, listLocations } from '../../db/repositories/locations';
import { getYouth, insertYouth, listYouths } from '../../db/repositories/youths';
import type { Location, NewYouth, Youth } from '../../preload/contract';
import type { ServiceContext } from './context';

export function listAllYouths(context: ServiceContext): Youth[] {
  return listYouths(context.requireUnlocked().handle.db);
}

/** One transaction: a new location and the youth are saved together or not at all. */
export function createYouth(context: ServiceContext, input: NewYouth): Youth {
  const { handle, user } = context.requireUnlocked();
  const db = handle.db;
  const now = context.nowIso();
  return db.transaction(() => {
    const location = findOrCreateLocation(db, input.location, now);
    const id = insertYouth(
      db,
      { firstName: input.firstName, lastName: input.lastName, dateOfBirth: input.dateOfBirth, locationId: location.id },
      { userId: user.id, now },
    );
    const youth = getYouth(db, id);
    if (!youth) throw new Error('A youth just inserted could not be read back.');
    return youth;
  });
}

export function listAllLocations(context: ServiceContext): Location[] {
  return listLocations(context.requireUnlocked().handle.db);
}
