import { describe, expect, it } from 'vitest';
import { getGraphImage } from '../../db/repositories/network';
import { graphFingerprint } from '../../main/domain/network/graphFingerprint';
import type { GraphImageState, Network, NetworkEntity, NetworkLink, YouthFile } from '../../preload/contract';
import { seedYouths, signIn } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

/** A 1×1 transparent PNG. */
const tinyPng = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const provenance = { source: 'Eigen waarneming groepsleiding', observedOn: '2026-10-02', notes: '' };

async function setting() {
  const services = await staffedServices();
  const [anouk] = (await seedYouths(services, [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }])) as [string];
  await signIn(services, 'worker');
  const call = async <T,>(channel: string, input: unknown) => expectOk(await services.router(channel, input)) as T;
  const imageState = async () => (await call<Network>('network.get', { youthId: anouk })).graphImage;
  const saveImage = () => call<GraphImageState>('network.saveGraphImage', { youthId: anouk, pngBase64: tinyPng });
  const addPerson = (name: string) => call<NetworkEntity>('network.saveEntity', { youthId: anouk, details: { kind: 'person', role: 'friend', name }, ...provenance });
  return { services, anouk, call, imageState, saveImage, addPerson };
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

  it('stores the fingerprint of the network as the graph showed it, and the file shows the same state', async () => {
    const { services, anouk, call, saveImage, addPerson } = await setting();
    await addPerson('Sem');
    const saved = await saveImage();
    const network = await call<Network>('network.get', { youthId: anouk });
    expect(getGraphImage(services.context.requireUnlocked().handle.db, anouk)?.fingerprint).toBe(graphFingerprint(network));
    expect((await call<YouthFile>('youths.open', { id: anouk })).network.graphImage).toEqual(saved);
  });
});
