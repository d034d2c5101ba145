import { describe, expect, it } from 'vitest';
import { insertEntity, insertLink, updateLink, type EntityRow, type LinkRow } from '../../db/repositories/network';
import { seedYouths, signIn, type TestYouth } from '../support/staff';
import { staffedServices } from '../support/tempDatabase';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', alias: '', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
];

const by = { userId: '', now: '2026-10-02T10:00:00.000Z' };
const provenance = { source: 'Eigen waarneming groepsleiding', observedOn: '2026-10-02', notes: '' };

function person(name: string): EntityRow {
  return { label: name, details: { kind: 'person', role: 'newContact', name, alias: '', description: '' }, ...provenance, atRisk: false, shareWithPolice: false };
}

function link(fromId: string | null, toId: string | null): LinkRow {
  return { fromId, toId, type: 'friendship', rating: 'neutral', ...provenance };
}

/** Straight into the repositories, past the service's own check: only the database stands in the way. */
async function twoNetworks() {
  const services = await staffedServices();
  const [anouk, cato] = (await seedYouths(services, youths)) as [string, string];
  await signIn(services, 'officer');
  const { handle, user } = services.context.requireUnlocked();
  const at = { ...by, userId: user.id };
  const sem = insertEntity(handle.db, anouk, person('Sem'), { x: 0, y: 0 }, at);
  const jan = insertEntity(handle.db, anouk, person('Jan'), { x: 10, y: 0 }, at);
  const elsewhere = insertEntity(handle.db, cato, person('Iemand van Cato'), { x: 0, y: 0 }, at);
  return { db: handle.db, at, anouk, sem, jan, elsewhere };
}

describe('the database keeps every link inside one youth’s network', () => {
  it('refuses a link whose end is an entity of another youth, at either end', async () => {
    const { db, at, anouk, sem, elsewhere } = await twoNetworks();
    expect(() => insertLink(db, anouk, link(null, elsewhere), at)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertLink(db, anouk, link(elsewhere, null), at)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertLink(db, anouk, link(sem, elsewhere), at)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertLink(db, anouk, link(elsewhere, sem), at)).toThrow(/FOREIGN KEY constraint failed/);
  });

  it('accepts links between the youth and its own entities, and refuses moving an end into another network', async () => {
    const { db, at, anouk, sem, jan, elsewhere } = await twoNetworks();
    insertLink(db, anouk, link(null, sem), at);
    insertLink(db, anouk, link(jan, null), at);
    const between = insertLink(db, anouk, link(sem, jan), at);
    expect(() => updateLink(db, between, { toId: elsewhere }, by.now)).toThrow(/FOREIGN KEY constraint failed/);
  });
});
