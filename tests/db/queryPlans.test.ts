import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../db/client';
import { attentionFactsQuery } from '../../db/repositories/attention';
import { youthListQuery } from '../../db/repositories/youths';
import { migrationsFolder, tempDir } from '../support/tempDatabase';

function queryPlan(handle: DatabaseHandle, query: { toSQL(): { sql: string; params: unknown[] } }): string[] {
  const { sql, params } = query.toSQL();
  return (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
}

describe('hot queries use their indexes', () => {
  it('the youth list walks youths_name_idx and needs no temporary sort', () => {
    const handle = openDatabase({ path: path.join(tempDir(), 'plan.db'), dataKey: Buffer.from('12'.repeat(32), 'hex'), migrationsFolder, create: true });
    try {
      const plan = queryPlan(handle, youthListQuery(handle.db));
      expect(plan.join('\n')).toMatch(/SCAN youths USING INDEX youths_name_idx/);
      expect(plan.join('\n')).toMatch(/SEARCH locations USING INDEX sqlite_autoindex_locations_1|SEARCH locations USING INTEGER PRIMARY KEY|SEARCH locations USING .*PRIMARY KEY/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    } finally {
      handle.close();
    }
  });

  it('the start screen finds the newest portrait, newest plan, entity count, open episodes and open meldcode cases per visible youth by index seeks', () => {
    const handle = openDatabase({ path: path.join(tempDir(), 'plan.db'), dataKey: Buffer.from('12'.repeat(32), 'hex'), migrationsFolder, create: true });
    try {
      const plan = queryPlan(handle, attentionFactsQuery(handle.db, { all: false, locationIds: ['noord'], youthIds: ['j-1'] })).join('\n');
      expect(plan).toMatch(/SEARCH youths USING INDEX youths_location_idx \(location_id=\?\)/);
      expect(plan).toMatch(/SEARCH youth_photos USING COVERING INDEX youth_photos_youth_idx \(youth_id=\? AND kind=\?\)/);
      expect(plan).toMatch(/SEARCH safety_plan_versions USING INDEX safety_plan_versions_youth_version_unique \(youth_id=\?\)/);
      expect(plan).toMatch(/SEARCH network_entities USING COVERING INDEX network_entities_youth_id_unique \(youth_id=\?\)/);
      expect(plan).toMatch(/SEARCH missing_episodes USING INDEX missing_episodes_open_idx \(youth_id=\?\)/);
      expect(plan).toMatch(/SEARCH meldcode_cases USING INDEX meldcode_cases_open_idx \(youth_id=\?\)/);
      expect(plan).toMatch(/SEARCH meldcode_follow_ups USING COVERING INDEX meldcode_follow_ups_case_idx \(case_id=\?\)/);
      expect(plan).toMatch(/SEARCH meldcode_decisions USING INDEX meldcode_decisions_case_idx \(case_id=\?\)/);
      expect(plan).not.toMatch(/SCAN (youth_photos|safety_plan_versions|network_entities|missing_episodes|meldcode_\w+)|TEMP B-TREE/);
    } finally {
      handle.close();
    }
  });
});
