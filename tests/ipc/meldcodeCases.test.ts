import { describe, expect, it } from 'vitest';
import { lock } from '../../main/services/sessionService';
import type { CaseSummary, CaseView, SignalView } from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { newEntries } from '../support/accessLogRows';
import { seedYouths, signIn, staff, type StaffMember } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const daysFromToday = (days: number) => localTodayIso(new Date(Date.now() + days * 86_400_000));

const signal = (youthId: string, description: string, direction: 'supports' | 'contradicts' = 'supports') => ({
  youthId,
  catalogueItemId: null,
  freeText: description,
  freeTextCategory: 'sexualExploitation',
  kind: 'observation',
  sourceType: 'ownObservation',
  sourceName: '',
  direction,
  sourceReliability: null,
  informationCredibility: null,
  date: daysFromToday(-20),
  description,
});

/**
 * Sanne (15) lives at the worker's group Noord, Amir (turned 18 a year ago) at the lead's group
 * Zuid, Dirk at group West where nobody but the officer works.
 */
async function seeded() {
  const services = await staffedServices();
  const [sanne, amir, dirk] = (await seedYouths(services, [
    { firstName: 'Sanne', lastName: 'Smit', dateOfBirth: '2011-05-01', location: 'Groep Noord' },
    { firstName: 'Amir', lastName: 'Aziz', dateOfBirth: daysFromToday(-19 * 365), location: 'Groep Zuid' },
    { firstName: 'Dirk', lastName: 'Dekker', dateOfBirth: '2009-06-04', location: 'Groep West' },
  ])) as [string, string, string];
  const as = async (member: StaffMember) => {
    lock(services.context);
    await signIn(services, member);
  };
  await as('worker');
  const call = async <T>(channel: string, input?: unknown) => expectOk(await services.router(channel, input)) as T;
  return { services, call, as, sanne, amir, dirk };
}

describe('meldcode cases through the router', () => {
  it('opens a case with the youth’s signals, reads it back, saves a part and lists it; each call in the access log', async () => {
    const { services, call, sanne } = await seeded();
    const first = await call<SignalView>('signals.add', signal(sanne, 'Tweede telefoon gezien.'));
    const before = newEntries(services, 0).length;

    const opened = await call<CaseView>('meldcode.open', { youthId: sanne, suspicion: 'sexualExploitation', title: 'Oudere vriend met auto', signalIds: [first.id] });
    expect(opened).toMatchObject({
      youthName: 'Sanne Smit',
      dateOfBirth: '2011-05-01',
      countersignPolicy: 'reports',
      case: { youthId: sanne, status: 'open', title: 'Oudere vriend met auto', openedByName: staff.worker.name, signals: { signalIds: [first.id] }, conversation: null, decisions: [] },
      preview: { status: 'incomplete', framework: 'minor', missing: expect.arrayContaining(['suspicionRemains']) },
    });
    expect(opened.steps).toEqual([
      { step: 1, status: 'done' },
      { step: 2, status: 'todo' },
      { step: 3, status: 'todo' },
      { step: 4, status: 'todo' },
      { step: 5, status: 'todo' },
    ]);
    expect(opened.case.log).toEqual([expect.objectContaining({ byName: staff.worker.name, step: null, text: expect.stringContaining('Casus geopend') })]);

    const caseId = opened.case.id;
    expect(await call<CaseView>('meldcode.get', { caseId })).toEqual(opened);
    const saved = await call<CaseView>('meldcode.update', { caseId, basedOnUpdatedAt: opened.case.updatedAt, part: 'conversation', value: { held: null } });
    expect(saved.case.conversation).toMatchObject({ held: null });
    expect(saved.steps[2]).toEqual({ step: 3, status: 'busy' });
    expect(saved.case.updatedAt).not.toBe(opened.case.updatedAt);
    expect(saved.case.log.at(-1)).toMatchObject({ step: 3, byName: staff.worker.name });

    expect(await call<CaseSummary[]>('meldcode.list', {})).toEqual([expect.objectContaining({ id: caseId, youthName: 'Sanne Smit', currentStep: 2, status: 'open' })]);
    expect(await call<CaseSummary[]>('meldcode.list', { youthId: sanne })).toHaveLength(1);

    expect(newEntries(services, before).map(({ action, objectType, objectId, youthId }) => ({ action, objectType, objectId, youthId }))).toEqual([
      { action: 'create', objectType: 'meldcodeCase', objectId: caseId, youthId: sanne },
      { action: 'read', objectType: 'meldcodeCase', objectId: caseId, youthId: sanne },
      { action: 'change', objectType: 'meldcodeCase', objectId: caseId, youthId: sanne },
      { action: 'read', objectType: 'meldcodeCase', objectId: null, youthId: null },
      { action: 'read', objectType: 'meldcodeCase', objectId: null, youthId: sanne },
    ]);
  });
});
