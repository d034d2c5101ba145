import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { youthListQuery } from '../../db/repositories/youths';
import { migrationsFolder, tempDir } from '../support/tempDatabase';

describe('hot queries use their indexes', () => {
  it('the youth list walks youths_name_idx and needs no temporary sort', () => {
    const handle = openDatabase({ path: path.join(tempDir(), 'plan.db'), dataKey: Buffer.from('12'.repeat(32), 'hex'), migrationsFolder, create: true });
    try {
      const { sql, params } = youthListQuery(handle.db).toSQL();
      const plan = (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
      expect(plan.join('\n')).toMatch(/SCAN youths USING INDEX youths_name_idx/);
      expect(plan.join('\n')).toMatch(/SEARCH locations USING INDEX sqlite_autoindex_locations_1|SEARCH locations USING INTEGER PRIMARY KEY|SEARCH locations USING .*PRIMARY KEY/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    } finally {
      handle.close();
    }
  });
});
