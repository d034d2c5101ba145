import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../../main/demo/ensureDemoDatabase';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices } from '../../main/services/appServices';
import { attentionKinds, type AttentionItem, type AttentionKind, type EpisodeSummary, type EpisodeView, type SignalList, type Youth, type YouthFile } from '../../preload/contract';
import { expectOk, migrationsFolder, tempDir } from '../support/tempDatabase';

describe('the demo database', () => {
  it('fills the files through the real services, so the start screen shows every kind of reminder of a file, and no one is missing', async () => {
    const databasePath = path.join(tempDir(), 'demo.db');
    const demo = await ensureDemoDatabase(databasePath, { migrationsFolder });
    expect(demo.youthsAdded).toBe(12);

    const services = createAppServices({ databasePath, migrationsFolder, logger: silentLogger });
    try {
      expectOk(await services.router('session.unlock', demo.login));
      const items = expectOk(await services.router('attention.list', undefined)) as AttentionItem[];
      // The demo's one episode is closed: a youth missing from the start would be in the way of reporting one.
      // It opens no meldcode case either: a new user walks one from the signals.
      const notInTheDemo: readonly AttentionKind[] = ['missingNow', 'policeNotTold', 'returnNotNotified', 'returnConversationDue', 'episodeOpen', 'meldcodeFollowUpDue', 'meldcodeCaseIdle', 'meldcodeCountersignDue'];
      expect(new Set(items.map((item) => item.kind))).toEqual(new Set(attentionKinds.filter((kind) => !notInTheDemo.includes(kind))));

      const youths = expectOk(await services.router('youths.list', undefined)) as Youth[];
      const files = await Promise.all(youths.map(async (youth) => expectOk(await services.router('youths.open', { id: youth.id })) as YouthFile));
      const full = files.find((file) => file.photos.length > 0 && file.safetyPlan && file.network.entities.length > 0)!;
      expect(full.photos[0]).toMatchObject({ kind: 'portrait', caption: expect.stringContaining('silhouet') });
      // One link points at the youth: the recruiter → the youth.
      expect(full.network.links.some((link) => link.toId === null && link.type === 'recruits')).toBe(true);
      expect(full.network.entities.some((entity) => entity.shareWithPolice)).toBe(true);

      // Sanne, whose file is the fullest, was missing once before: the packet lists it.
      const sanne = files.find((file) => file.youth.firstName === 'Sanne')!;
      const [previous, ...others] = expectOk(await services.router('missing.list', { youthId: sanne.youth.id })) as EpisodeSummary[];
      expect(others).toEqual([]);
      expect(previous).toMatchObject({ status: 'closed', foundWhere: expect.stringContaining('vriendin') });
      const episode = expectOk(await services.router('missing.get', { episodeId: previous!.id })) as EpisodeView;
      expect(episode.episode).toMatchObject({ police: { reference: expect.any(String) }, conversation: { agreements: expect.any(String) } });
      expect(episode.episode.events.length).toBeGreaterThan(0);
      expect(expectOk(await services.router('missing.list', {}))).toEqual([]);

      // A minor and an adult have signals to start a case from: supporting and contradicting, a gut feeling, catalogue and own text.
      for (const firstName of ['Sanne', 'Amir']) {
        const youth = files.find((file) => file.youth.firstName === firstName)!.youth;
        const { signals, counts } = expectOk(await services.router('signals.list', { youthId: youth.id })) as SignalList;
        expect(counts.contradicts).toBeGreaterThanOrEqual(2);
        expect(counts.supports).toBeGreaterThan(counts.contradicts);
        expect(signals.some((signal) => signal.kind === 'gutFeeling')).toBe(true);
        expect(signals.some((signal) => signal.catalogueItem !== null) && signals.some((signal) => signal.freeText !== '')).toBe(true);
      }
      expect(expectOk(await services.router('meldcode.list', {}))).toEqual([]);
    } finally {
      services.close();
    }
  });
});
