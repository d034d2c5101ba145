import fs from 'node:fs';
import { PNG } from 'pngjs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getGraphImage } from '../../db/repositories/network';
import type { Network, NetworkEntity, SaveEntity, SaveLink } from '../../preload/contract';
import { youthNodeId } from '../../renderer/features/network/graph/graphModel';
import { expectOk } from '../support/tempDatabase';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { isFocused, youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [{ firstName: 'Ilse', lastName: 'Akkerman', dateOfBirth: '2010-03-01', location: 'Groep Noord' }] as const;
const provenance = { source: 'Mentor, gesprek op de groep', observedOn: '', notes: '' };

/** A small network through the real services, as the officer: four entities, four rated links. */
async function seedNetwork(launched: LaunchedApp): Promise<{ youthId: string; jan: NetworkEntity; oma: NetworkEntity }> {
  const youthId = await youthIdByName(launched, 'Akkerman');
  const save = async (input: Omit<SaveEntity, 'youthId' | 'position' | 'atRisk' | 'shareWithPolice'> & Partial<SaveEntity>) =>
    expectOk(await launched.services.router('network.saveEntity', { youthId, atRisk: false, shareWithPolice: false, ...input })) as NetworkEntity;
  const link = async (input: Omit<SaveLink, 'youthId' | 'source' | 'observedOn' | 'notes'>) =>
    expectOk(await launched.services.router('network.saveLink', { youthId, ...provenance, ...input }));

  const jan = await save({ ...provenance, shareWithPolice: true, details: { kind: 'person', role: 'suspectedExploiter', name: 'Jan', alias: '', description: '' } });
  const oma = await save({ ...provenance, details: { kind: 'person', role: 'family', name: 'Oma Bep', alias: '', description: '' } });
  const broertje = await save({ ...provenance, atRisk: true, details: { kind: 'person', role: 'family', name: 'Broertje Tim', alias: '', description: '' } });
  const scooter = await save({ ...provenance, details: { kind: 'vehicle', vehicleType: 'scooter', plate: 'XX-123-Y', make: '', colour: 'rood' } });
  await link({ fromId: null, toId: jan.id, type: 'romantic', rating: 'danger' });
  await link({ fromId: jan.id, toId: scooter.id, type: 'usesVehicle', rating: 'worrying' });
  await link({ fromId: null, toId: oma.id, type: 'family', rating: 'protective' });
  await link({ fromId: null, toId: broertje.id, type: 'family', rating: 'neutral' });
  return { youthId, jan, oma };
}

/** From the youth list to the network tab's graph. */
async function openGraph(page: Page): Promise<Locator> {
  await page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: 'Akkerman' }).click();
  await page.getByRole('heading', { name: 'Ilse Akkerman', level: 1 }).waitFor();
  await page.getByRole('tab', { name: 'Netwerk' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Netwerk' });
  await panel.getByRole('button', { name: 'Grafiek' }).click();
  const graph = panel.getByRole('application', { name: 'Netwerkgrafiek van Ilse Akkerman' });
  await graph.locator('.react-flow__node').nth(4).waitFor();
  return graph;
}

/**
 * The node's drawn centre in graph units: React Flow's transform gives its top-left corner, and
 * the active node is taller (it shows its buttons), so only the centre compares across visits.
 */
async function drawnAt(node: Locator): Promise<{ x: number; y: number }> {
  const box = await node.evaluate((element) => {
    const drawn = element as HTMLElement;
    return { transform: drawn.style.transform, width: drawn.offsetWidth, height: drawn.offsetHeight };
  });
  const [x, y] = (box.transform.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return { x: (x ?? NaN) + box.width / 2, y: (y ?? NaN) + box.height / 2 };
}

/** Drags a node with the mouse, held near its left edge (clear of its buttons and handle). */
async function dragBy(page: Page, node: Locator, dx: number, dy: number): Promise<void> {
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 20 + dx, box.y + box.height / 2 + dy, { steps: 8 });
  await page.mouse.up();
}

async function storedPosition(launched: LaunchedApp, youthId: string, entityId: string) {
  const network = expectOk(await launched.services.router('network.get', { youthId })) as Network;
  return network.entities.find((entity) => entity.id === entityId)?.position;
}

describe('the network graph in the youth file', () => {
  it('draws the nodes and rated links with accessible names, moves a node with the keyboard for good, and saves a PNG for the PDFs that knows when it is outdated', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const { youthId, jan } = await seedNetwork(app);
    let graph = await openGraph(page);

    // Nodes: a group each, named with kind, role and flags; the youth in the centre.
    expect(await graph.locator('.react-flow__node').count()).toBe(5);
    const janNode = graph.getByRole('group', { name: 'Persoon: Jan, Vermoedelijke uitbuiter / ronselaar, mag gedeeld worden met de politie, 2 verbanden' });
    await janNode.waitFor();
    await graph.getByRole('group', { name: 'Persoon: Broertje Tim, Familie, loopt mogelijk zelf risico, 1 verband' }).waitFor();
    await graph.getByRole('group', { name: 'Jongere: Ilse Akkerman, 3 verbanden' }).waitFor();
    expect(await janNode.textContent()).toContain('Politie');

    // Links: named in words; the rating is drawn with line style as well as colour.
    const danger = graph.getByRole('img', { name: 'Verband Relatie / verliefd, gevaar: tussen Ilse Akkerman en Jan' });
    const worrying = graph.getByRole('img', { name: 'Verband Gebruikt voertuig, zorgelijk: van Jan naar XX-123-Y' });
    await graph.getByRole('img', { name: 'Verband Familie, beschermend: tussen Ilse Akkerman en Oma Bep' }).waitFor();
    await graph.getByRole('img', { name: 'Verband Familie, neutraal: tussen Ilse Akkerman en Broertje Tim' }).waitFor();
    expect(await danger.locator('path[stroke="#ffffff"]').count()).toBe(1);
    expect(await worrying.locator('path[stroke-dasharray]').count()).toBe(1);
    expect(await worrying.locator('polygon').count()).toBe(1);
    expect(await graph.locator('.graph-edge-label').allTextContents()).toEqual(['Relatie / verliefd', 'Gebruikt voertuig', 'Familie', 'Familie']);
    await page.getByRole('region', { name: 'Legenda' }).getByText('Gevaar: rood, dik en dubbel').waitFor();

    // Keyboard: Tab reaches the nodes, Enter opens the entity, Escape closes it again.
    await graph.getByRole('group', { name: /^Jongere: Ilse Akkerman/ }).focus();
    await page.keyboard.press('Tab');
    expect(await isFocused(graph.getByRole('button', { name: 'Verband maken vanaf Ilse Akkerman' }))).toBe(true);
    await janNode.focus();
    await page.keyboard.press('Enter');
    const entityDialog = page.getByRole('dialog', { name: 'Jan wijzigen' });
    await entityDialog.waitFor();
    await page.keyboard.press('Escape');
    await entityDialog.waitFor({ state: 'hidden' });
    expect(await isFocused(janNode)).toBe(true);

    // The focused node's own button starts a link from it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const linkFromJan = graph.getByRole('button', { name: 'Verband maken vanaf Jan' });
    expect(await isFocused(linkFromJan)).toBe(true);
    await page.keyboard.press('Enter');
    const linkDialog = page.getByRole('dialog', { name: 'Verband toevoegen' });
    await linkDialog.waitFor();
    await page.keyboard.press('Escape');
    await linkDialog.waitFor({ state: 'hidden' });

    // Space selects Jan, Shift+arrow moves it 20 units a press, Escape lets go; the place is saved.
    await janNode.focus();
    const before = await drawnAt(janNode);
    const storedBefore = await storedPosition(app, youthId, jan.id);
    await page.keyboard.press('Space');
    for (let press = 0; press < 3; press++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Escape');
    expect((await drawnAt(janNode)).x).toBeCloseTo(before.x + 60, 0);
    await expect.poll(() => storedPosition(app!, youthId, jan.id)).toEqual({ x: storedBefore!.x + 60, y: storedBefore!.y });

    // Not selected, an arrow key goes to the nearest node that way instead of moving anything.
    await page.keyboard.press('ArrowRight');
    expect(await isFocused(janNode)).toBe(false);
    expect(await drawnAt(janNode)).toEqual({ x: before.x + 60, y: before.y });

    // The layout is the same after reopening the file.
    await page.reload();
    graph = await openGraph(page);
    expect(await drawnAt(graph.locator(`.react-flow__node[data-id="${jan.id}"]`))).toEqual({ x: before.x + 60, y: before.y });

    // PNG: kept in main for the PDFs, which log what leaves the app; the page offers no file of its own.
    await page.getByText("Nog geen afbeelding voor de PDF's opgeslagen.").waitFor();
    await page.getByRole('button', { name: 'Afbeelding opslaan (PNG)' }).click();
    const savedLine = page.getByText(/^Afbeelding voor de PDF's: opgeslagen op /);
    await savedLine.waitFor();
    expect(await savedLine.textContent()).not.toContain('verouderd');
    expect(await page.locator('a[download], a[href^="blob:"]').count()).toBe(0);
    const stored = getGraphImage(app.services.context.requireUnlocked().handle.db, youthId);
    expect(stored?.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const decoded = PNG.sync.read(stored!.png);
    expect(decoded.width).toBeGreaterThan(700);
    expect(decoded.height).toBeGreaterThan(300);
    if (process.env.KEEP_GRAPH_PNG) fs.writeFileSync(process.env.KEEP_GRAPH_PNG, stored!.png);

    // Moving a node makes the image outdated, at once and after reopening; saving again updates it.
    const outdated = page.getByText('verouderd — sla opnieuw op');
    await graph.getByRole('group', { name: /^Persoon: Jan,/ }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Escape');
    await outdated.waitFor();
    await page.reload();
    graph = await openGraph(page);
    await outdated.waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Afbeelding opslaan (PNG)' }).click();
    await outdated.waitFor({ state: 'hidden' });
    await savedLine.waitFor();

    expect(await violations(page)).toEqual([]);
    expect(app.problems).toEqual([]);
  });

  it('saves a node dragged with the mouse, and asks for a new link when two nodes are joined by their handles', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const { youthId, jan, oma } = await seedNetwork(app);
    const graph = await openGraph(page);
    const omaNode = graph.locator(`.react-flow__node[data-id="${oma.id}"]`);
    const storedBefore = await storedPosition(app, youthId, oma.id);
    await graph.scrollIntoViewIfNeeded();

    await dragBy(page, omaNode, 80, 40);
    await expect.poll(async () => (await storedPosition(app!, youthId, oma.id))!.x).toBeGreaterThan(storedBefore!.x + 20);
    expect((await storedPosition(app, youthId, oma.id))!.y).toBeGreaterThan(storedBefore!.y + 10);

    const handle = async (id: string) => (await graph.locator(`.react-flow__node[data-id="${id}"] .react-flow__handle`).boundingBox())!;
    const [from, to] = [await handle(jan.id), await handle(oma.id)];
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: 'Verband toevoegen' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Van').inputValue()).toBe(jan.id);
    expect(await dialog.getByLabel('Naar').inputValue()).toBe(oma.id);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Joined from Jan into the youth, the link points at the youth: "Jan ronselt Ilse", arrow at Ilse.
    const [janHandle, youthHandle] = [await handle(jan.id), await handle(youthNodeId)];
    await page.mouse.move(janHandle.x + janHandle.width / 2, janHandle.y + janHandle.height / 2);
    await page.mouse.down();
    await page.mouse.move(youthHandle.x + youthHandle.width / 2, youthHandle.y + youthHandle.height / 2, { steps: 10 });
    await page.mouse.up();
    await dialog.waitFor();
    expect(await dialog.getByLabel('Van').inputValue()).toBe(jan.id);
    expect(await dialog.getByLabel('Naar').locator('option:checked').textContent()).toBe('Ilse Akkerman (de jongere)');
    await dialog.getByLabel('Soort verband').selectOption({ label: 'Ronselt' });
    await dialog.getByLabel('Beoordeling').selectOption({ label: 'Gevaar' });
    await dialog.getByLabel('Bron').fill('Wijkagent');
    await dialog.getByRole('button', { name: 'Verband toevoegen' }).click();
    const recruits = graph.getByRole('img', { name: 'Verband Ronselt, gevaar: van Jan naar Ilse Akkerman' });
    await recruits.waitFor();
    expect(await recruits.locator('polygon').count()).toBe(1);
    const stored = expectOk(await app.services.router('network.get', { youthId })) as Network;
    expect(stored.links.at(-1)).toMatchObject({ fromId: jan.id, toId: null, type: 'recruits', rating: 'danger' });
    expect(app.problems).toEqual([]);
  });

  it('keeps an image saved after a colleague changed the network, but says at once that it is outdated', async () => {
    app = await launchApp({ start: 'unlocked', as: 'officer', youths });
    const { page } = app;
    const { youthId, oma } = await seedNetwork(app);
    const graph = await openGraph(page);
    await graph.scrollIntoViewIfNeeded();
    const saveImage = page.getByRole('button', { name: 'Afbeelding opslaan (PNG)' });
    const savedLine = page.getByText(/^Afbeelding voor de PDF's: opgeslagen op /);
    const outdated = page.getByText('verouderd — sla opnieuw op');

    // Dragged by the mouse and saved at once: the image shows the network as stored.
    const storedBefore = await storedPosition(app, youthId, oma.id);
    await dragBy(page, graph.locator(`.react-flow__node[data-id="${oma.id}"]`), 90, 30);
    await expect.poll(async () => (await storedPosition(app!, youthId, oma.id))!.x).toBeGreaterThan(storedBefore!.x + 20);
    await saveImage.click();
    await savedLine.waitFor();
    expect(await savedLine.textContent()).not.toContain('verouderd');

    // A colleague adds a person this view has not loaded: the image saved now lacks it.
    const imageBefore = getGraphImage(app.services.context.requireUnlocked().handle.db, youthId)!;
    expectOk(
      await app.services.router('network.saveEntity', {
        youthId,
        ...provenance,
        atRisk: false,
        shareWithPolice: false,
        details: { kind: 'person', role: 'newContact', name: 'Onbekende man met rode scooter', alias: '', description: '' },
      }),
    );
    await saveImage.click();
    await outdated.waitFor();
    const imageAfter = getGraphImage(app.services.context.requireUnlocked().handle.db, youthId)!;
    expect(imageAfter.savedAt > imageBefore.savedAt).toBe(true);
    expect(imageAfter.fingerprint).toBe(imageBefore.fingerprint);
    expect(await violations(page)).toEqual([]);

    // Reopened, the graph shows the colleague's person; the image is still outdated until saved again.
    await page.reload();
    const reopened = await openGraph(page);
    await reopened.getByRole('group', { name: /^Persoon: Onbekende man met rode scooter,/ }).waitFor();
    await outdated.waitFor();
    await saveImage.click();
    await outdated.waitFor({ state: 'hidden' });
    await savedLine.waitFor();
    expect(app.problems).toEqual([]);
  });
});
