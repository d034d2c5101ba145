import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { insertLocation } from '../../db/repositories/locations';
import { insertUser } from '../../db/repositories/users';
import { getYouth, insertYouth, listYouths, youthListQuery } from '../../db/repositories/youths';
import { migrationsFolder, tempDir } from '../support/tempDatabase';

describe('youth repository', () => {
  it('maps rows by hand exactly as drizzle would, field by field', () => {
    const handle = openDatabase({ path: path.join(tempDir(), 'r.db'), dataKey: Buffer.from('34'.repeat(32), 'hex'), migrationsFolder, create: true });
    try {
      const now = '2026-11-23T10:00:00.000Z';
      const user = insertUser(handle.db, { name: 'Schrijver', role: 'groupWorker', now });
      const north = insertLocation(handle.db, 'Groep Noord', now);
      const south = insertLocation(handle.db, 'Groep Zuid', now);
      const a = insertYouth(handle.db, { firstName: 'Ada', lastName: 'Zwart', dateOfBirth: '2010-01-02', locationId: north.id }, { userId: user.id, now });
      insertYouth(handle.db, { firstName: 'Bas', lastName: 'Appel', dateOfBirth: '2011-03-04', locationId: south.id }, { userId: user.id, now });

      const listed = listYouths(handle.db);
      expect(listed).toEqual(youthListQuery(handle.db).all());
      expect(listed.map((y) => y.lastName)).toEqual(['Appel', 'Zwart']);
      expect(getYouth(handle.db, a)).toEqual({
        id: a,
        firstName: 'Ada',
        lastName: 'Zwart',
        alias: '',
        dateOfBirth: '2010-01-02',
        locationId: north.id,
        locationName: 'Groep Noord',
        createdAt: now,
        updatedAt: now,
      });
      expect(getYouth(handle.db, 'bestaat-niet')).toBeUndefined();
    } finally {
      handle.close();
    }
  });
});
