import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { signalListQuery } from '../../db/repositories/signals';
import { signalCatalogueItems, signals } from '../../db/schema';
import { lock } from '../../main/services/sessionService';
import { signalMessages } from '../../main/services/signalMessages';
import { signalCategories, type CatalogueItem, type NewSignalInput, type SignalCorrectionInput, type SignalList, type SignalView } from '../../preload/contract';
import { seedYouths, signIn } from '../support/staff';
import { expectOk, migrationsFolder, staffedServices, tempDir } from '../support/tempDatabase';

const fields = (overrides: Partial<SignalCorrectionInput>) => ({ kind: 'observation', sourceType: 'ownObservation', direction: 'supports', date: '2026-10-01', ...overrides }) as const;
const signal = (youthId: string, overrides: Partial<NewSignalInput>): NewSignalInput => ({ youthId, ...fields(overrides) });

/** A signal row written past the app, as SQL could; `freeText` is left for the test to choose. */
const directRow = (youthId: string, recordedBy: string) =>
  ({ id: 'direct', youthId, kind: 'fact', sourceType: 'police', sourceName: '', direction: 'supports', date: '2026-10-01', description: '', recordedAt: '2026-10-01T10:00:00.000Z', recordedBy }) as const;

/** Anouk lives at Groep Noord; the catalogue is used by the officer and kept by the administrator. */
async function seeded() {
  const services = await staffedServices();
  const [anouk] = (await seedYouths(services, [{ firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2010-03-01', location: 'Groep Noord' }])) as [string];
  const call = async <T>(channel: string, input?: unknown) => expectOk(await services.router(channel, input)) as T;
  const as = async (member: 'officer' | 'admin') => {
    lock(services.context);
    await signIn(services, member);
  };
  return { services, call, as, anouk };
}

describe('the signal catalogue', () => {
  it('ships the defaults of domain.md §4 as version 1, in every category, none retired', async () => {
    const { call, as } = await seeded();
    await as('officer');
    const items = await call<CatalogueItem[]>('signals.catalogue');
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(items.map((item) => item.category))).toEqual(new Set(signalCategories));
    expect(items.every((item) => item.version === 1 && item.retiredAt === null && item.changedByName === null)).toBe(true);
    expect(items).toContainEqual(expect.objectContaining({ id: 'se-second-phone', category: 'sexualExploitation', text: 'Tweede of geheime telefoon' }));
    expect(items).toContainEqual(expect.objectContaining({ id: 'ce-no-access-to-id', category: 'criminalExploitation' }));
    expect(items).toContainEqual(expect.objectContaining({ id: 'vu-lvb', category: 'vulnerability' }));
  });

  it('an edit is a new version: a signal recorded before still shows the text it was recorded with', async () => {
    const { call, as, anouk } = await seeded();
    await as('officer');
    const before = await call<SignalView>('signals.add', signal(anouk, { catalogueItemId: 'se-second-phone' }));

    await as('admin');
    const edited = await call<CatalogueItem>('signals.saveCatalogueItem', {
      mode: 'edit',
      id: 'se-second-phone',
      basedOnVersion: 1,
      category: 'sexualExploitation',
      text: 'Tweede, geheime of nieuwe dure telefoon',
    });
    expect(edited).toMatchObject({ id: 'se-second-phone', version: 2, changedByName: 'Eva Beheer', retiredAt: null });

    await as('officer');
    const after = await call<SignalView>('signals.add', signal(anouk, { catalogueItemId: 'se-second-phone' }));
    const { signals: listed } = await call<SignalList>('signals.list', { youthId: anouk });
    const byId = new Map(listed.map((entry) => [entry.id, entry.catalogueItem]));
    expect(byId.get(before.id)).toEqual({ id: 'se-second-phone', version: 1, category: 'sexualExploitation', text: 'Tweede of geheime telefoon', retired: false });
    expect(byId.get(after.id)).toMatchObject({ version: 2, text: 'Tweede, geheime of nieuwe dure telefoon' });
  });

  it('a retired item is flagged and no longer chosen, while old signals keep showing it', async () => {
    const { services, call, as, anouk } = await seeded();
    await as('officer');
    const old = await call<SignalView>('signals.add', signal(anouk, { catalogueItemId: 'ce-begs' }));

    await as('admin');
    const retired = await call<CatalogueItem>('signals.retireCatalogueItem', { id: 'ce-begs', basedOnVersion: 1 });
    expect(retired).toMatchObject({ version: 2, text: 'Bedelt op straat', retiredAt: expect.any(String) });
    const items = await call<CatalogueItem[]>('signals.catalogue');
    expect(items.filter((item) => item.retiredAt === null).map((item) => item.id)).not.toContain('ce-begs');
    expect(items.find((item) => item.id === 'ce-begs')?.retiredAt).not.toBeNull();

    await as('officer');
    const refused = await services.router('signals.add', signal(anouk, { catalogueItemId: 'ce-begs' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { catalogueItemId: expect.stringContaining('niet meer gebruikt') } } });
    const { signals: listed } = await call<SignalList>('signals.list', { youthId: anouk });
    expect(listed).toEqual([expect.objectContaining({ id: old.id, catalogueItem: { id: 'ce-begs', version: 1, category: 'criminalExploitation', text: 'Bedelt op straat', retired: true } })]);
  });

  it('an edit that did not start from the newest version is refused, as is editing a retired item', async () => {
    const { services, call, as } = await seeded();
    await as('admin');
    const edit = { mode: 'edit', id: 'vu-poverty', category: 'vulnerability', text: 'Armoede of schulden in het gezin' };
    await call('signals.saveCatalogueItem', { ...edit, basedOnVersion: 1 });
    expect(await services.router('signals.saveCatalogueItem', { ...edit, basedOnVersion: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Retiring names the version the administrator saw: a colleague's edit in between is never retired unseen.
    expect(await services.router('signals.retireCatalogueItem', { id: 'vu-poverty', basedOnVersion: 1 })).toEqual({ ok: false, error: { code: 'CONFLICT', message: signalMessages.catalogueItemChanged } });
    await call('signals.retireCatalogueItem', { id: 'vu-poverty', basedOnVersion: 2 });
    expect(await services.router('signals.saveCatalogueItem', { ...edit, basedOnVersion: 3 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await services.router('signals.retireCatalogueItem', { id: 'vu-poverty', basedOnVersion: 3 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('correcting a catalogue signal', () => {
  it('keeps the version the signal had when the item is kept, even after an edit and a retirement', async () => {
    const { call, as, anouk } = await seeded();
    await as('officer');
    const first = await call<SignalView>('signals.add', signal(anouk, { catalogueItemId: 'se-hotel-cards-condoms' }));
    await as('admin');
    await call('signals.saveCatalogueItem', { mode: 'edit', id: 'se-hotel-cards-condoms', basedOnVersion: 1, category: 'sexualExploitation', text: 'Sleutelkaarten van hotels' });
    await call('signals.retireCatalogueItem', { id: 'se-hotel-cards-condoms', basedOnVersion: 2 });

    await as('officer');
    const corrected = await call<SignalView>('signals.correct', fields({ signalId: first.id, catalogueItemId: 'se-hotel-cards-condoms', direction: 'contradicts' }));
    expect(corrected.catalogueItem).toEqual({ ...first.catalogueItem, retired: true });
    expect(corrected).toMatchObject({ supersedes: first.id, direction: 'contradicts', category: 'sexualExploitation' });
  });

  it('takes another item as it stands now, and refuses another item that is retired', async () => {
    const { services, call, as, anouk } = await seeded();
    await as('officer');
    const first = await call<SignalView>('signals.add', signal(anouk, { catalogueItemId: 'se-second-phone' }));
    await as('admin');
    await call('signals.saveCatalogueItem', { mode: 'edit', id: 'se-debts', basedOnVersion: 1, category: 'sexualExploitation', text: 'Schulden bij onbekenden' });
    await call('signals.retireCatalogueItem', { id: 'ce-begs', basedOnVersion: 1 });

    await as('officer');
    const refused = await services.router('signals.correct', fields({ signalId: first.id, catalogueItemId: 'ce-begs' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { catalogueItemId: expect.stringContaining('niet meer gebruikt') } } });
    const corrected = await call<SignalView>('signals.correct', fields({ signalId: first.id, catalogueItemId: 'se-debts' }));
    expect(corrected.catalogueItem).toEqual({ id: 'se-debts', version: 2, category: 'sexualExploitation', text: 'Schulden bij onbekenden', retired: false });
  });
});

describe('free-text categories', () => {
  it('a free-text signal keeps its category; one recorded before categories existed reads without one', async () => {
    const { services, call, as, anouk } = await seeded();
    await as('officer');
    const added = await call<SignalView>('signals.add', signal(anouk, { freeText: 'Slaapt overdag, weg in de nacht', freeTextCategory: 'vulnerability' }));
    const { db } = services.context.requireUnlocked().handle;
    expect(db.select({ category: signals.freeTextCategory }).from(signals).where(eq(signals.id, added.id)).all()).toEqual([{ category: 'vulnerability' }]);

    const user = services.context.requireUnlocked().user.id;
    db.insert(signals)
      .values({ ...directRow(anouk, user), id: 'before-0009', freeText: 'Oud eigen signaal' })
      .run();
    const { signals: listed } = await call<SignalList>('signals.list', { youthId: anouk });
    expect(new Map(listed.map((entry) => [entry.id, entry.category]))).toEqual(
      new Map([
        [added.id, 'vulnerability'],
        ['before-0009', null],
      ]),
    );
  });
});

describe('signals and catalogue versions cannot be changed or deleted, not even past the app', () => {
  it('refuses a direct update and delete, and a correction still works', async () => {
    const { services, call, as, anouk } = await seeded();
    await as('officer');
    const added = await call<SignalView>('signals.add', signal(anouk, { freeText: 'Nieuwe sneakers zonder uitleg', freeTextCategory: 'sexualExploitation' }));
    const { db } = services.context.requireUnlocked().handle;
    const thisSignal = eq(signals.id, added.id);

    expect(() => db.update(signals).set({ direction: 'contradicts' }).where(thisSignal).run()).toThrow(/signals is append-only/);
    expect(() => db.delete(signals).where(thisSignal).run()).toThrow(/signals is append-only/);
    const firstPhone = eq(signalCatalogueItems.id, 'se-second-phone');
    expect(() => db.update(signalCatalogueItems).set({ text: 'Iets anders' }).where(firstPhone).run()).toThrow(/signal_catalogue_items is append-only/);
    expect(() => db.delete(signalCatalogueItems).where(firstPhone).run()).toThrow(/signal_catalogue_items is append-only/);

    await call<SignalView>('signals.correct', fields({ signalId: added.id, freeText: 'Nieuwe sneakers, volgens moeder gekregen van oma', freeTextCategory: 'sexualExploitation', direction: 'contradicts' }));
    expect(db.select({ direction: signals.direction }).from(signals).where(thisSignal).all()).toEqual([{ direction: 'supports' }]);
  });

  it('refuses a row with both or neither of a catalogue item and free text', async () => {
    const { services, as, anouk } = await seeded();
    await as('officer');
    const { db } = services.context.requireUnlocked().handle;
    const row = directRow(anouk, services.context.requireUnlocked().user.id);
    expect(() => db.insert(signals).values({ ...row, freeText: '' }).run()).toThrow(/CHECK constraint failed/);
    expect(() => db.insert(signals).values({ ...row, freeText: 'Beide', catalogueItemId: 'ce-begs', catalogueItemVersion: 1 }).run()).toThrow(/CHECK constraint failed/);
  });

  it('refuses a correction that supersedes another youth’s signal', async () => {
    const { services, call, as, anouk } = await seeded();
    const [dirk] = (await seedYouths(services, [{ firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: '2009-06-04', location: 'Groep West' }])) as [string];
    await as('officer');
    const anouks = await call<SignalView>('signals.add', signal(anouk, { freeText: 'Nieuwe dure jas', freeTextCategory: 'sexualExploitation' }));
    const { db } = services.context.requireUnlocked().handle;
    const row = { ...directRow(dirk, services.context.requireUnlocked().user.id), freeText: 'Correctie bij de verkeerde jongere', supersedes: anouks.id };
    expect(() => db.insert(signals).values(row).run()).toThrow(/a correction supersedes a signal of the same youth/);
    db.insert(signals)
      .values({ ...row, youthId: anouk })
      .run();
  });
});

describe('the signal overview query', () => {
  it('walks signals_youth_date_idx and finds items, corrections and names by index, without a sort', () => {
    const handle = openDatabase({ path: path.join(tempDir(), 'plan.db'), dataKey: Buffer.from('12'.repeat(32), 'hex'), migrationsFolder, create: true });
    try {
      const { sql, params } = signalListQuery(handle.db, 'j-1').toSQL();
      const plan = (handle.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail).join('\n');
      expect(plan).toMatch(/SEARCH signals USING INDEX signals_youth_date_idx \(youth_id=\?\)/);
      expect(plan).toMatch(/SEARCH correction USING INDEX signals_supersedes_unique \(supersedes=\?\)/);
      expect(plan).not.toMatch(/SCAN|TEMP B-TREE/);
    } finally {
      handle.close();
    }
  });
});
