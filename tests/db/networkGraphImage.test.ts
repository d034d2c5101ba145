import { describe, expect, it } from 'vitest';
import { getGraphImage } from '../../db/repositories/network';
import { graphFingerprint } from '../../main/domain/network/graphFingerprint';
import type { DrawnGraph, GraphImageState, Network, NetworkEntity, NetworkLink, YouthFile } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { seedYouths, signIn } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

/** A 1×1 transparent PNG. */
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const provenance = { source: 'Eigen waarneming groepsleiding', observedOn: '2026-10-02', notes: '' };

/** What the graph view draws of a network it loaded: every entity at its spot, every link. */
function drawnOf(network: Network): DrawnGraph {
  return {
    entities: network.entities.map(({ id, updatedAt, position }) => ({ id, updatedAt, position: position! })),
    links: network.links.map(({ id, updatedAt }) => ({ id, updatedAt })),
  };
}

async function setting() {
  const services = await staffedServices();
  const [anouk] = (await seedYouths(services, [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }])) as [string];
  await signIn(services, 'worker');
  const call = async <T,>(channel: string, input: unknown) => expectOk(await services.router(channel, input)) as T;
  const loadNetwork = () => call<Network>('network.get', { youthId: anouk });
  const imageState = async () => (await loadNetwork()).graphImage;
  /** Without a drawing: the graph as it shows the network stored now. */
  const saveImage = async (drawn?: DrawnGraph) =>
    call<GraphImageState>('network.saveGraphImage', { youthId: anouk, pngBase64: tinyPng, drawn: drawn ?? drawnOf(await loadNetwork()) });
  const addPerson = (name: string) => call<NetworkEntity>('network.saveEntity', { youthId: anouk, details: { kind: 'person', role: 'friend', name }, ...provenance });
  return { services, anouk, call, loadNetwork, imageState, saveImage, addPerson };
}

describe('the graph image knows whether it still shows the network', () => {
  it('is up to date right after saving, and outdated after any change to entities, links or positions', async () => {
    const { anouk, call, imageState, saveImage, addPerson } = await setting();
    expect(await imageState()).toBeNull();
    const sem = await addPerson('Sem');

    const saved = await saveImage();
    expect(saved).toEqual({ savedAt: expect.any(String), upToDate: true });
    expect(await imageState()).toEqual(saved);

    await addPerson('Oma Bep');
    expect(await imageState()).toEqual({ savedAt: saved.savedAt, upToDate: false });

    expect(await saveImage()).toMatchObject({ upToDate: true });
    const friends = await call<NetworkLink>('network.saveLink', { youthId: anouk, fromId: null, toId: sem.id, type: 'friendship', rating: 'protective', ...provenance });
    expect(await imageState()).toMatchObject({ upToDate: false });

    expect(await saveImage()).toMatchObject({ upToDate: true });
    await call('network.savePositions', { youthId: anouk, positions: [{ id: sem.id, position: { x: 40, y: -300 } }] });
    expect(await imageState()).toMatchObject({ upToDate: false });

    expect(await saveImage()).toMatchObject({ upToDate: true });
    await call('network.deleteLink', { id: friends.id });
    expect(await imageState()).toMatchObject({ upToDate: false });
  });

  it('stores the fingerprint of what the graph drew, and the file shows the same state', async () => {
    const { services, anouk, call, loadNetwork, saveImage, addPerson } = await setting();
    await addPerson('Sem');
    const drawn = drawnOf(await loadNetwork());
    const saved = await saveImage(drawn);
    expect(getGraphImage(services.context.requireUnlocked().handle.db, anouk)?.fingerprint).toBe(graphFingerprint(drawn));
    expect((await call<YouthFile>('youths.open', { id: anouk })).network.graphImage).toEqual(saved);
  });

  it('keeps an image of the network before a colleague added to it, but reports it outdated, then and at every read', async () => {
    const { services, anouk, call, loadNetwork, imageState, saveImage, addPerson } = await setting();
    await addPerson('Sem');
    const loaded = await loadNetwork();
    await addPerson('Oma Bep');

    const saved = await saveImage(drawnOf(loaded));
    expect(saved).toEqual({ savedAt: expect.any(String), upToDate: false });
    expect(getGraphImage(services.context.requireUnlocked().handle.db, anouk)?.png.equals(Buffer.from(tinyPng, 'base64'))).toBe(true);
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'change', objectType: 'networkImage', details: expect.stringContaining('toont niet het netwerk zoals opgeslagen') });
    expect(await imageState()).toEqual(saved);
    expect((await call<YouthFile>('youths.open', { id: anouk })).network.graphImage).toEqual(saved);

    expect(await saveImage(drawnOf(await loadNetwork()))).toMatchObject({ upToDate: true });
  });

  it('reports an image outdated when a point stood elsewhere than stored, as after a position save that failed', async () => {
    const { loadNetwork, saveImage, addPerson } = await setting();
    await addPerson('Sem');
    await addPerson('Oma Bep');
    const drawn = drawnOf(await loadNetwork());
    const [sem, oma] = drawn.entities as [DrawnGraph['entities'][number], DrawnGraph['entities'][number]];
    const movedHere = { ...drawn, entities: [sem, { ...oma, position: { x: oma.position.x + 60, y: oma.position.y } }] };

    expect(await saveImage(movedHere)).toMatchObject({ upToDate: false });
    expect(await saveImage({ ...drawn, entities: [...drawn.entities].reverse() })).toMatchObject({ upToDate: true });
  });

  it('refuses a save without what the graph drew', async () => {
    const { services, anouk } = await setting();
    expect(await services.router('network.saveGraphImage', { youthId: anouk, pngBase64: tinyPng })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
