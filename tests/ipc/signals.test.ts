import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { signalMessages, type CatalogueItem, type SignalList, type SignalView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { newEntries } from '../support/accessLogRows';
import { seedYouths, staff } from '../support/staff';
import { staffedServices } from '../support/tempDatabase';
import { routerCalls } from '../support/routerCalls';

const gutFeeling = { freeTextCategory: 'sexualExploitation', kind: 'gutFeeling', sourceType: 'colleague', sourceName: 'Mentor op school', direction: 'supports', date: '2026-09-14', description: 'Voelt zich ongemakkelijk bij de nieuwe vriend.' } as const;

/** Anouk lives at the worker's group, Dirk at another. */
async function seeded() {
  const services = await staffedServices();
  const [anouk, dirk] = (await seedYouths(services, [
    { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
    { firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: '2009-06-04', location: 'Groep West' },
  ])) as [string, string];
  const { call, as } = routerCalls(services);
  await as('worker');
  const logged = (before: number) =>
    newEntries(services, before).map(({ action, objectType, objectId, youthId, userName, details }) => ({ action, objectType, objectId, youthId, userName, details }));
  return { services, call, as, logged, anouk, dirk };
}

describe('signals through the router', () => {
  it('adds, lists, counts and corrects signals; the corrected one stays readable; every call is logged', async () => {
    const { services, call, logged, anouk } = await seeded();
    const before = newEntries(services, 0).length;

    const phone = await call<SignalView>('signals.add', {
      youthId: anouk,
      catalogueItemId: 'se-second-phone',
      kind: 'observation',
      sourceType: 'ownObservation',
      direction: 'supports',
      sourceReliability: 'B',
      informationCredibility: 2,
      date: '2026-10-02',
      description: 'Tweede telefoon onder het kussen gezien.',
    });
    expect(phone).toMatchObject({
      youthId: anouk,
      catalogueItem: { id: 'se-second-phone', version: 1, text: 'Tweede of geheime telefoon', retired: false },
      freeText: '',
      category: 'sexualExploitation',
      sourceName: '',
      sourceReliability: 'B',
      informationCredibility: 2,
      recordedByName: staff.worker.name,
      supersedes: null,
      supersededBy: null,
    });
    const feeling = await call<SignalView>('signals.add', { youthId: anouk, freeText: 'Niet-pluisgevoel bij de mentor', ...gutFeeling });
    expect(feeling).toMatchObject({ catalogueItem: null, category: 'sexualExploitation', sourceReliability: null, informationCredibility: null });

    const corrected = await call<SignalView>('signals.correct', { signalId: feeling.id, ...gutFeeling, freeText: 'Vriend blijkt klasgenoot', direction: 'contradicts' });
    expect(corrected).toMatchObject({ supersedes: feeling.id, youthId: anouk, direction: 'contradicts', supersededBy: null });
    expect(await services.router('signals.correct', { signalId: feeling.id, ...gutFeeling, freeText: 'Nog een keer' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const list = await call<SignalList>('signals.list', { youthId: anouk });
    expect(list.signals.map((signal) => signal.id)).toEqual([phone.id, corrected.id, feeling.id]);
    expect(list.signals[2]).toMatchObject({ freeText: 'Niet-pluisgevoel bij de mentor', direction: 'supports', supersededBy: { id: corrected.id, recordedByName: staff.worker.name } });
    expect(list.counts).toEqual({ supports: 1, contradicts: 1 });

    expect(logged(before)).toEqual([
      { action: 'create', objectType: 'signal', objectId: phone.id, youthId: anouk, userName: staff.worker.name, details: 'signaal van 2026-10-02' },
      { action: 'create', objectType: 'signal', objectId: feeling.id, youthId: anouk, userName: staff.worker.name, details: 'signaal van 2026-09-14' },
      { action: 'change', objectType: 'signal', objectId: corrected.id, youthId: anouk, userName: staff.worker.name, details: `correctie van een eerder signaal (${feeling.id})` },
      { action: 'read', objectType: 'signal', objectId: null, youthId: anouk, userName: staff.worker.name, details: 'overzicht van 3 signalen' },
    ]);
  });

  it('answers in Dutch per field: a future date, neither or both of item and free text, a grading out of range', async () => {
    const { services, anouk } = await seeded();
    const base = { youthId: anouk, ...gutFeeling };
    const fieldsOf = async (input: unknown) => {
      const result = await services.router('signals.add', input);
      if (result.ok) throw new Error('expected a refusal');
      expect(result.error.code).toBe('VALIDATION');
      return result.error.fields;
    };
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);

    expect(await fieldsOf({ ...base, freeText: 'Iets', date: localTodayIso(tomorrow) })).toEqual({ date: 'Deze datum kan niet in de toekomst liggen.' });
    expect(await fieldsOf(base)).toEqual({ freeText: signalMessages.itemOrFreeText });
    expect(await fieldsOf({ ...base, freeText: 'Iets', catalogueItemId: 'se-debts' })).toEqual({ freeText: signalMessages.itemOrFreeText });
    expect(await fieldsOf({ ...base, freeText: 'Iets', sourceReliability: 'G', informationCredibility: 7 })).toEqual({
      sourceReliability: signalMessages.reliabilityOutOfRange,
      informationCredibility: signalMessages.credibilityOutOfRange,
    });
    expect(await fieldsOf({ ...base, freeText: 'Iets', informationCredibility: 0 })).toEqual({ informationCredibility: signalMessages.credibilityOutOfRange });
    expect(await fieldsOf({ ...base, freeText: 'Iets', catalogueItemId: null, kind: 'gerucht' })).toEqual({ kind: 'Kies wat voor signaal het is.' });
  });

  it('asks a free-text signal for its category and refuses one beside a catalogue item, for add and correct alike', async () => {
    const { services, call, anouk } = await seeded();
    const fieldsOf = async (channel: string, input: unknown) => {
      const result = await services.router(channel, input);
      if (result.ok) throw new Error('expected a refusal');
      return result.error.fields;
    };
    const { freeTextCategory: _category, ...uncategorised } = gutFeeling;
    const phone = { ...uncategorised, catalogueItemId: 'se-second-phone' };

    expect(await fieldsOf('signals.add', { youthId: anouk, ...uncategorised, freeText: 'Iets' })).toEqual({ freeTextCategory: signalMessages.freeTextCategoryRequired });
    expect(await fieldsOf('signals.add', { youthId: anouk, ...phone, freeTextCategory: 'vulnerability' })).toEqual({ freeTextCategory: signalMessages.freeTextCategoryWithItem });
    expect(await fieldsOf('signals.add', { youthId: anouk, ...uncategorised, freeText: 'Iets', freeTextCategory: 'rumour' })).toEqual({ freeTextCategory: signalMessages.categoryOutOfRange });

    const added = await call<SignalView>('signals.add', { youthId: anouk, ...phone });
    expect(added).toMatchObject({ category: 'sexualExploitation', freeText: '' });
    expect(await fieldsOf('signals.correct', { signalId: added.id, ...uncategorised, freeText: 'Iets' })).toEqual({ freeTextCategory: signalMessages.freeTextCategoryRequired });
    const corrected = await call<SignalView>('signals.correct', { signalId: added.id, ...uncategorised, freeText: 'Telefoon van de school', freeTextCategory: 'vulnerability' });
    expect(corrected).toMatchObject({ catalogueItem: null, category: 'vulnerability' });
  });

  it('refuses a worker of another location, for list, add and correct, and logs each attempt', async () => {
    const { services, call, as, logged, dirk } = await seeded();
    await as('officer');
    const dirkSignal = await call<SignalView>('signals.add', { youthId: dirk, freeText: 'Opgehaald door een scooter', ...gutFeeling });
    await as('worker');
    const before = newEntries(services, 0).length;
    const refused = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } };

    expect(await services.router('signals.list', { youthId: dirk })).toEqual(refused);
    expect(await services.router('signals.add', { youthId: dirk, freeText: 'Iets', ...gutFeeling })).toEqual(refused);
    expect(await services.router('signals.correct', { signalId: dirkSignal.id, freeText: 'Iets', ...gutFeeling })).toEqual(refused);
    expect(logged(before)).toEqual([
      expect.objectContaining({ action: 'refused', objectType: 'signal', objectId: null, youthId: dirk, details: expect.stringMatching(/^signalen bekijken; geen toegang/) }),
      expect.objectContaining({ action: 'refused', objectType: 'signal', objectId: null, youthId: dirk, details: expect.stringMatching(/^signaal vastleggen; geen toegang/) }),
      expect.objectContaining({ action: 'refused', objectType: 'signal', objectId: dirkSignal.id, youthId: dirk, details: expect.stringMatching(/^signaal corrigeren; geen toegang/) }),
    ]);
  });

  it('under emergency access records and lists signals with the reason in the log', async () => {
    const { services, call, logged, dirk } = await seeded();
    const reason = 'Dirk is vermist en de politie vraagt naar recente signalen.';
    await call('emergency.request', { youthId: dirk, reason });
    const before = newEntries(services, 0).length;

    const added = await call<SignalView>('signals.add', { youthId: dirk, freeText: 'Opgehaald door een scooter', ...gutFeeling });
    await call<SignalList>('signals.list', { youthId: dirk });
    expect(newEntries(services, before).map(({ action, reason: loggedReason, details }) => ({ action, reason: loggedReason, details }))).toEqual([
      { action: 'create', reason, details: 'signaal van 2026-09-14; via noodtoegang' },
      { action: 'read', reason, details: 'overzicht van 1 signaal; via noodtoegang' },
    ]);
    expect(logged(before).map((entry) => entry.objectId)).toEqual([added.id, null]);
  });

  it('lets the administrator keep the catalogue, logged, but not see or record any youth’s signals', async () => {
    const { services, call, as, logged, anouk } = await seeded();
    await as('admin');
    const before = newEntries(services, 0).length;

    const added = await call<CatalogueItem>('signals.saveCatalogueItem', { mode: 'add', category: 'criminalExploitation', text: 'Vervoert pakketjes voor onbekenden' });
    expect(added).toMatchObject({ version: 1, retiredAt: null, changedByName: staff.admin.name });
    await call('signals.saveCatalogueItem', { mode: 'edit', id: added.id, basedOnVersion: 1, category: 'criminalExploitation', text: 'Vervoert pakketjes of geld voor onbekenden' });
    await call('signals.retireCatalogueItem', { id: added.id, basedOnVersion: 2 });
    const items = await call<CatalogueItem[]>('signals.catalogue');
    expect(items.find((item) => item.id === added.id)).toMatchObject({ version: 3, text: 'Vervoert pakketjes of geld voor onbekenden', retiredAt: expect.any(String) });

    const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.forbidden } };
    expect(await services.router('signals.list', { youthId: anouk })).toEqual(forbidden);
    expect(await services.router('signals.add', { youthId: anouk, freeText: 'Iets', ...gutFeeling })).toEqual(forbidden);
    expect(logged(before)).toEqual([
      { action: 'create', objectType: 'signalCatalogue', objectId: added.id, youthId: null, userName: staff.admin.name, details: 'signaal toegevoegd aan de lijst' },
      { action: 'change', objectType: 'signalCatalogue', objectId: added.id, youthId: null, userName: staff.admin.name, details: 'versie 2' },
      { action: 'change', objectType: 'signalCatalogue', objectId: added.id, youthId: null, userName: staff.admin.name, details: 'buiten gebruik gesteld (versie 3)' },
      { action: 'read', objectType: 'signalCatalogue', objectId: null, youthId: null, userName: staff.admin.name, details: `${items.length} signalen in de lijst` },
    ]);

    await as('worker');
    expect(await services.router('signals.saveCatalogueItem', { mode: 'add', category: 'vulnerability', text: 'Iets nieuws' })).toEqual(forbidden);
    expect(await services.router('signals.retireCatalogueItem', { id: 'vu-lvb', basedOnVersion: 1 })).toEqual(forbidden);
    expect((await call<CatalogueItem[]>('signals.catalogue')).length).toBe(items.length);
  });
});
