import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { deleteEntityRow, getGraphImage, getNetwork, insertLink } from '../../db/repositories/network';
import { networkEntities } from '../../db/schema';
import { firstFreeSlot } from '../../main/domain/network/initialPositions';
import { appMessages } from '../../main/errors/AppError';
import { networkMessages } from '../../main/services/networkMessages';
import { lock } from '../../main/services/sessionService';
import type { Network, NetworkEntity, NetworkLink, YouthFile } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', alias: '', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
];

async function setting() {
  const services = await staffedServices();
  const [anouk, cato] = (await seedYouths(services, youths)) as [string, string];
  await signIn(services, 'worker');
  return { services, anouk, cato };
}

type Services = Awaited<ReturnType<typeof setting>>['services'];

const provenance = { source: 'Eigen waarneming groepsleiding', observedOn: '2026-10-02', notes: '' };

async function addPerson(services: Services, youthId: string, name: string): Promise<NetworkEntity> {
  return expectOk(
    await services.router('network.saveEntity', { youthId, details: { kind: 'person', role: 'newContact', name }, ...provenance }),
  ) as NetworkEntity;
}

async function addPlace(services: Services, youthId: string, name: string): Promise<NetworkEntity> {
  return expectOk(
    await services.router('network.saveEntity', { youthId, details: { kind: 'place', placeType: 'hangout', name }, ...provenance }),
  ) as NetworkEntity;
}

async function addLink(services: Services, youthId: string, fromId: string | null, toId: string | null, type = 'friendship', rating = 'neutral'): Promise<NetworkLink> {
  return expectOk(await services.router('network.saveLink', { youthId, fromId, toId, type, rating, ...provenance })) as NetworkLink;
}

async function networkOf(services: Services, youthId: string): Promise<Network> {
  return expectOk(await services.router('network.get', { youthId })) as Network;
}

/** Links as "from → to (type)", with names instead of ids (the youth as "jongere"), so a test reads like the graph. */
function describeLinks(network: Network): string[] {
  const names = new Map<string | null, string>([[null, 'jongere'], ...network.entities.map((entity) => [entity.id, entity.label] as const)]);
  return network.links.map((link) => `${names.get(link.fromId)} → ${names.get(link.toId)} (${link.type})`);
}

describe('network analysis in the encrypted database', () => {
  it('adds, changes and lists entities and links in a stable order, with labels and positions, each change logged', async () => {
    const { services, anouk } = await setting();
    const logged = accessLogRows(services).length;
    const sem = await addPerson(services, anouk, 'Sem');
    const station = await addPlace(services, anouk, 'Hangplek station');
    expect(sem).toMatchObject({ youthId: anouk, kind: 'person', label: 'Sem', atRisk: false, shareWithPolice: false, source: provenance.source });
    expect(sem.position).not.toBeNull();
    expect(station.position).not.toEqual(sem.position);

    const friends = await addLink(services, anouk, null, sem.id);
    const hangsOut = await addLink(services, anouk, sem.id, station.id, 'supplies', 'danger');
    const changed = expectOk(
      await services.router('network.saveEntity', {
        youthId: anouk,
        id: sem.id,
        details: { kind: 'person', role: 'suspectedExploiter', name: 'Sem', alias: 'Snelle' },
        ...provenance,
        atRisk: true,
      }),
    ) as NetworkEntity;
    expect(changed).toMatchObject({ id: sem.id, label: 'Sem (Snelle)', atRisk: true, position: sem.position });
    const rerated = expectOk(await services.router('network.saveLink', { youthId: anouk, id: friends.id, fromId: null, toId: sem.id, type: 'romantic', rating: 'worrying', ...provenance })) as NetworkLink;
    expect(rerated).toMatchObject({ id: friends.id, type: 'romantic', rating: 'worrying' });

    const network = await networkOf(services, anouk);
    expect(network.entities.map((entity) => entity.label)).toEqual(['Sem (Snelle)', 'Hangplek station']);
    expect(describeLinks(network)).toEqual(['jongere → Sem (Snelle) (romantic)', 'Sem (Snelle) → Hangplek station (supplies)']);
    expect(await networkOf(services, anouk)).toEqual(network);
    const file = expectOk(await services.router('youths.open', { id: anouk })) as YouthFile;
    expect(file.network).toEqual(network);

    expect(await services.router('network.deleteLink', { id: hangsOut.id })).toEqual({ ok: true, value: null });
    expect(describeLinks(await networkOf(services, anouk))).toEqual(['jongere → Sem (Snelle) (romantic)']);

    const entries = accessLogRows(services).slice(logged);
    const byWorker = { userName: staff.worker.name, youthId: anouk };
    expect(entries.map(({ action, objectType, objectId }) => ({ action, objectType, objectId }))).toEqual([
      { action: 'create', objectType: 'networkEntity', objectId: sem.id },
      { action: 'create', objectType: 'networkEntity', objectId: station.id },
      { action: 'create', objectType: 'networkLink', objectId: friends.id },
      { action: 'create', objectType: 'networkLink', objectId: hangsOut.id },
      { action: 'change', objectType: 'networkEntity', objectId: sem.id },
      { action: 'change', objectType: 'networkLink', objectId: friends.id },
      { action: 'read', objectType: 'network', objectId: anouk },
      { action: 'read', objectType: 'network', objectId: anouk },
      { action: 'read', objectType: 'youth', objectId: anouk },
      { action: 'delete', objectType: 'networkLink', objectId: hangsOut.id },
      { action: 'read', objectType: 'network', objectId: anouk },
    ]);
    for (const entry of entries) expect(entry).toMatchObject(byWorker);
    // The log names what changed, not the content (which may be sensitive).
    expect(entries[4]!.details).toBe('gewijzigd: role, alias, atRisk');
    expect(entries.map((entry) => entry.details).join(' ')).not.toContain('Snelle');
  });

  it('deleting a person with "remove" removes its links and leaves the rest', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const station = await addPlace(services, anouk, 'Hangplek station');
    const mo = await addPerson(services, anouk, 'Mo');
    await addLink(services, anouk, null, sem.id);
    await addLink(services, anouk, sem.id, station.id, 'livesAt');
    await addLink(services, anouk, null, mo.id);

    const after = expectOk(await services.router('network.deleteEntity', { id: sem.id, links: { mode: 'remove' } })) as Network;
    expect(after.entities.map((entity) => entity.label)).toEqual(['Hangplek station', 'Mo']);
    expect(describeLinks(after)).toEqual(['jongere → Mo (friendship)']);
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'delete', objectType: 'networkEntity', objectId: sem.id, youthId: anouk, details: 'soort: person; 2 verbanden verwijderd' });
  });

  it('re-pointing moves the links to another person and drops self-links and exact duplicates', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const semmie = await addPerson(services, anouk, 'Semmie');
    const station = await addPlace(services, anouk, 'Hangplek station');
    await addLink(services, anouk, null, semmie.id);
    await addLink(services, anouk, null, sem.id); // the same as the one above once Sem is Semmie
    await addLink(services, anouk, sem.id, station.id, 'livesAt');
    await addLink(services, anouk, sem.id, semmie.id); // would run from Semmie to Semmie

    const after = expectOk(await services.router('network.deleteEntity', { id: sem.id, links: { mode: 'repoint', toId: semmie.id } })) as Network;
    expect(after.entities.map((entity) => entity.label)).toEqual(['Semmie', 'Hangplek station']);
    expect(describeLinks(after)).toEqual(['jongere → Semmie (friendship)', 'Semmie → Hangplek station (livesAt)']);
    expect(accessLogRows(services).at(-1)!.details).toBe(
      `soort: person; 1 verbanden verplaatst naar ${semmie.id}, 2 verwijderd (zouden naar zichzelf wijzen of dubbel zijn)`,
    );
  });

  it('stores a link that points at the youth as it was entered, and reads it back with the youth as "to"', async () => {
    const { services, anouk } = await setting();
    const jan = await addPerson(services, anouk, 'Jan');
    const recruits = await addLink(services, anouk, jan.id, null, 'recruits', 'danger');
    expect(recruits).toMatchObject({ youthId: anouk, fromId: jan.id, toId: null, type: 'recruits', rating: 'danger' });

    const network = await networkOf(services, anouk);
    expect(network.links).toEqual([recruits]);
    expect(describeLinks(network)).toEqual(['Jan → jongere (recruits)']);
    const file = expectOk(await services.router('youths.open', { id: anouk })) as YouthFile;
    expect(file.network.links).toEqual([recruits]);
  });

  it('refuses a link from the youth to the youth, in Dutch at the "Naar" field, and the database refuses it too', async () => {
    const { services, anouk } = await setting();
    const logged = accessLogRows(services).length;
    const refused = await services.router('network.saveLink', { youthId: anouk, fromId: null, toId: null, type: 'other', rating: 'neutral', ...provenance });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: appMessages.invalidInput,
        fields: { toId: 'Een verband kan niet van de jongere naar de jongere zelf lopen: kies bij ‘Van’ of ‘Naar’ een punt uit het netwerk.' },
      },
    });
    expect(accessLogRows(services).length).toBe(logged);

    const { handle, user } = services.context.requireUnlocked();
    const row = { fromId: null, toId: null, type: 'other', rating: 'neutral', ...provenance } as const;
    expect(() => insertLink(handle.db, anouk, row, { userId: user.id, now: '2026-10-02T10:00:00.000Z' })).toThrow(/CHECK constraint failed/);
  });

  it('re-pointing to the youth keeps each link’s direction and drops only the youth-to-youth link', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const jan = await addPerson(services, anouk, 'Jan');
    const station = await addPlace(services, anouk, 'Hangplek station');
    await addLink(services, anouk, null, sem.id);
    await addLink(services, anouk, jan.id, sem.id, 'recruits', 'danger');
    await addLink(services, anouk, sem.id, station.id, 'livesAt');

    const after = expectOk(await services.router('network.deleteEntity', { id: sem.id, links: { mode: 'repoint', toId: null } })) as Network;
    expect(describeLinks(after)).toEqual(['Jan → jongere (recruits)', 'jongere → Hangplek station (livesAt)']);
    expect(accessLogRows(services).at(-1)!.details).toBe(
      'soort: person; 2 verbanden verplaatst naar de jongere, 1 verwijderd (zouden naar zichzelf wijzen of dubbel zijn)',
    );
  });

  it('refuses to re-point to the deleted entity itself or into another youth’s network', async () => {
    const { services, anouk, cato } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    lock(services.context);
    await signIn(services, 'officer');
    const elsewhere = await addPerson(services, cato, 'Iemand van Cato');
    for (const toId of [sem.id, elsewhere.id]) {
      expect(await services.router('network.deleteEntity', { id: sem.id, links: { mode: 'repoint', toId } })).toEqual({
        ok: false,
        error: { code: 'VALIDATION', message: networkMessages.repointTargetInvalid, fields: { toId: networkMessages.repointTargetInvalid } },
      });
    }
    expect((await networkOf(services, anouk)).entities.map((entity) => entity.id)).toEqual([sem.id]);
  });

  it('a delete that fails half-way changes nothing: links, entity and log stay as they were', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const semmie = await addPerson(services, anouk, 'Semmie');
    const station = await addPlace(services, anouk, 'Hangplek station');
    await addLink(services, anouk, null, sem.id);
    await addLink(services, anouk, sem.id, station.id, 'livesAt');
    await addLink(services, anouk, sem.id, semmie.id);
    const before = await networkOf(services, anouk);
    const logged = accessLogRows(services).length;

    // The links are moved first; the entity's own delete then fails, as a full disk would.
    const { sqlite } = services.context.requireUnlocked().handle;
    sqlite.exec(`CREATE TEMP TRIGGER fail_entity_delete BEFORE DELETE ON network_entities BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`);
    const failed = await services.router('network.deleteEntity', { id: sem.id, links: { mode: 'repoint', toId: semmie.id } });
    expect(failed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    sqlite.exec('DROP TRIGGER fail_entity_delete');

    expect(accessLogRows(services).length).toBe(logged);
    expect(await networkOf(services, anouk)).toEqual(before);
  });

  it('refuses a link to an entity of another youth, naming the field', async () => {
    const { services, anouk, cato } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    lock(services.context);
    await signIn(services, 'officer');
    const elsewhere = await addPerson(services, cato, 'Iemand van Cato');
    const logged = accessLogRows(services).length;
    const link = { type: 'friendship', rating: 'neutral', ...provenance };
    expect(await services.router('network.saveLink', { youthId: anouk, fromId: null, toId: elsewhere.id, ...link })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: networkMessages.endsOfOtherYouth, fields: { toId: networkMessages.toNotInNetwork } },
    });
    expect(await services.router('network.saveLink', { youthId: anouk, fromId: elsewhere.id, toId: sem.id, ...link })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: networkMessages.endsOfOtherYouth, fields: { fromId: networkMessages.fromNotInNetwork } },
    });
    // Filed under Cato, where the user may work, it still cannot reach into Anouk's network.
    expect(await services.router('network.saveLink', { youthId: cato, fromId: elsewhere.id, toId: sem.id, ...link })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { toId: networkMessages.toNotInNetwork } },
    });
    expect(await services.router('network.saveEntity', { youthId: cato, id: sem.id, details: { kind: 'person', role: 'friend', name: 'Overgenomen' }, ...provenance })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: networkMessages.entityNotFound },
    });
    expect(accessLogRows(services).length).toBe(logged);
    expect((await networkOf(services, anouk)).links).toEqual([]);
  });

  it('the database itself refuses to delete an entity that a link still ends at', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const station = await addPlace(services, anouk, 'Hangplek station');
    await addLink(services, anouk, sem.id, station.id, 'livesAt');
    const { db } = services.context.requireUnlocked().handle;
    expect(() => deleteEntityRow(db, station.id)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => deleteEntityRow(db, sem.id)).toThrow(/FOREIGN KEY constraint failed/);
    expect((await networkOf(services, anouk)).entities).toHaveLength(2);
  });

  it('a worker of another location can neither see nor change the network, and every refused call is logged', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const link = await addLink(services, anouk, null, sem.id);
    lock(services.context);
    await signIn(services, 'lead');
    const noAccess = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } };
    const logged = accessLogRows(services).length;

    expect(await services.router('network.get', { youthId: anouk })).toEqual(noAccess);
    expect(await services.router('network.saveEntity', { youthId: anouk, details: { kind: 'phone', number: '0612345678' }, ...provenance })).toEqual(noAccess);
    expect(await services.router('network.saveEntity', { youthId: anouk, id: sem.id, details: { kind: 'person', role: 'suspectedExploiter', name: 'Sem' }, ...provenance })).toEqual(noAccess);
    expect(await services.router('network.saveLink', { youthId: anouk, fromId: null, toId: sem.id, type: 'debt', rating: 'danger', ...provenance })).toEqual(noAccess);
    expect(await services.router('network.deleteEntity', { id: sem.id, links: { mode: 'remove' } })).toEqual(noAccess);
    expect(await services.router('network.deleteLink', { id: link.id })).toEqual(noAccess);
    expect(await services.router('network.savePositions', { youthId: anouk, positions: [{ id: sem.id, position: { x: 1, y: 2 } }] })).toEqual(noAccess);
    expect(await services.router('network.saveGraphImage', { youthId: anouk, pngBase64: tinyPng, drawn: emptyGraph })).toEqual(noAccess);

    const refused = (objectType: string, objectId: string | null, details: string) =>
      expect.objectContaining({ action: 'refused', objectType, objectId, youthId: anouk, userName: staff.lead.name, details });
    expect(accessLogRows(services).slice(logged)).toEqual([
      refused('network', anouk, 'bekijken; geen toegang: niet van de eigen locaties'),
      refused('networkEntity', null, 'toevoegen; geen toegang: niet van de eigen locaties'),
      refused('networkEntity', sem.id, 'wijzigen; geen toegang: niet van de eigen locaties'),
      refused('networkLink', null, 'toevoegen; geen toegang: niet van de eigen locaties'),
      refused('networkEntity', sem.id, 'verwijderen; geen toegang: niet van de eigen locaties'),
      refused('networkLink', link.id, 'verwijderen; geen toegang: niet van de eigen locaties'),
      refused('network', anouk, 'posities opslaan; geen toegang: niet van de eigen locaties'),
      refused('networkImage', anouk, 'afbeelding opslaan; geen toegang: niet van de eigen locaties'),
    ]);
    lock(services.context);
    await signIn(services, 'worker');
    const network = await networkOf(services, anouk);
    expect(network.entities).toEqual([sem]);
    expect(network.links).toEqual([link]);
  });

  it('changes under emergency access carry the reason in the log', async () => {
    const { services, cato } = await setting();
    const reason = 'Nachtdienst: Cato is vermist en de politie vraagt naar haar contacten.';
    expectOk(await services.router('emergency.request', { youthId: cato, reason }));
    const sem = await addPerson(services, cato, 'Sem');
    expect(accessLogRows(services).at(-1)).toMatchObject({
      action: 'create',
      objectType: 'networkEntity',
      objectId: sem.id,
      youthId: cato,
      reason,
      details: 'soort: person; via noodtoegang',
    });
  });

  it('saves positions without a content log entry and returns them at the next visit', async () => {
    const { services, anouk, cato } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const station = await addPlace(services, anouk, 'Hangplek station');
    lock(services.context);
    await signIn(services, 'officer');
    const elsewhere = await addPerson(services, cato, 'Iemand van Cato');
    const logged = accessLogRows(services).length;

    expect(
      await services.router('network.savePositions', {
        youthId: anouk,
        positions: [
          { id: sem.id, position: { x: 12.5, y: -40 } },
          { id: elsewhere.id, position: { x: 999, y: 999 } },
        ],
      }),
    ).toEqual({ ok: true, value: null });
    expect(accessLogRows(services).length).toBe(logged);

    const network = await networkOf(services, anouk);
    expect(network.entities.map((entity) => entity.position)).toEqual([{ x: 12.5, y: -40 }, station.position]);
    expect(network.entities[0]!.updatedAt).toBe(sem.updatedAt);
    // Positions of another youth's entities are not moved through this youth.
    expect((await networkOf(services, cato)).entities[0]!.position).toEqual(elsewhere.position);
  });

  it('stores no position for an entity never placed; the network view and the file show it at its starting spot', async () => {
    const { services, anouk } = await setting();
    const sem = await addPerson(services, anouk, 'Sem');
    const station = await addPlace(services, anouk, 'Hangplek station');
    const { db } = services.context.requireUnlocked().handle;
    db.update(networkEntities).set({ x: null, y: null }).where(eq(networkEntities.id, sem.id)).run();

    expect(getNetwork(db, anouk).entities.map((entity) => entity.position)).toEqual([null, station.position]);
    const shown = await networkOf(services, anouk);
    expect(shown.entities.map((entity) => entity.position)).toEqual([firstFreeSlot('person', [station.position!]), station.position]);
    const file = expectOk(await services.router('youths.open', { id: anouk })) as YouthFile;
    expect(file.network.entities).toEqual(shown.entities);
    expect(getNetwork(db, anouk).entities[0]!.position).toBeNull();
  });

  it('keeps the graph image only when it is a PNG, one per youth, logged', async () => {
    const { services, anouk } = await setting();
    const notPng = Buffer.from('GIF89a-not-a-png').toString('base64');
    expect(await services.router('network.saveGraphImage', { youthId: anouk, pngBase64: notPng, drawn: emptyGraph })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: networkMessages.notPng, fields: { pngBase64: networkMessages.notPng } },
    });
    const first = expectOk(await services.router('network.saveGraphImage', { youthId: anouk, pngBase64: tinyPng, drawn: emptyGraph })) as { savedAt: string };
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'change', objectType: 'networkImage', objectId: anouk, youthId: anouk, userName: staff.worker.name });
    const again = expectOk(await services.router('network.saveGraphImage', { youthId: anouk, pngBase64: tinyPng, drawn: emptyGraph })) as { savedAt: string };
    expect(again.savedAt >= first.savedAt).toBe(true);
    const stored = getGraphImage(services.context.requireUnlocked().handle.db, anouk)!;
    expect(stored.png.equals(Buffer.from(tinyPng, 'base64'))).toBe(true);
    expect(stored.savedAt).toBe(again.savedAt);
  });
});

/** A 1×1 transparent PNG. */
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
/** The graph of a network with nothing in it, as the graph view sends it with its image. */
const emptyGraph = { entities: [], links: [] };
