import exifr from 'exifr';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Photo, YouthFile } from '../../preload/contract';
import { formatDutchDate, localTodayIso } from '../../renderer/features/youths/youthDates';
import { accessLogRows } from '../support/accessLogRows';
import { staff } from '../support/staff';
import { expectOk } from '../support/tempDatabase';
import { cameraJpeg } from '../support/testImages';
import { violations } from './axeViolations';
import { launchApp, type LaunchedApp } from './harness';
import { youthIdByName } from './pageHelpers';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const youths = [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }] as const;

/** Keeps every camera stream the page opens, so a test can see whether its tracks were stopped. */
async function watchCameraStreams(page: Page): Promise<() => Promise<string[]>> {
  // Strings, not functions: this runs in the page, whose DOM types the Node-side tests do not load.
  await page.evaluate(`(() => {
    const streams = [];
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      streams.push(stream);
      return stream;
    };
    window.cameraStreams = streams;
  })()`);
  return () => page.evaluate<string[]>('window.cameraStreams.flatMap((stream) => stream.getTracks().map((track) => track.kind + ":" + track.readyState))');
}

async function openPhotosTab(page: Page) {
  await page.getByRole('table', { name: 'Jongeren' }).locator('tbody tr').filter({ hasText: 'Aarts' }).click();
  await page.getByRole('heading', { name: 'Anouk Aarts', level: 1 }).waitFor();
  await page.getByRole('tablist', { name: 'Onderdelen van het dossier' }).getByRole('tab', { name: /^Foto/ }).click();
  return page.getByRole('tabpanel', { name: /^Foto/ });
}

describe('photos in the youth file', () => {
  it('adds an old portrait from a file, a new one from the webcam and a mark, views and removes one', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const panel = await openPhotosTab(page);
    await panel.getByText('Er is nog geen portretfoto').waitFor();
    expect(await violations(page)).toEqual([]);

    // From a file: a camera JPEG with EXIF and GPS, taken long ago.
    await panel.getByRole('button', { name: 'Foto toevoegen' }).click();
    let dialog = page.getByRole('dialog', { name: 'Foto toevoegen' });
    await dialog.getByLabel('Foto uit een bestand').setInputFiles({ name: 'camera.jpg', mimeType: 'image/jpeg', buffer: cameraJpeg(300, 200, 6) });
    await dialog.getByRole('img', { name: 'De gekozen foto' }).waitFor();
    await dialog.getByLabel('Datum van de foto').fill('2025-01-10');
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Foto opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await panel.getByText('Deze foto is ouder dan 3 maanden').waitFor();
    expect(await panel.getByRole('region', { name: 'Recente foto' }).textContent()).toContain('Genomen op 10-01-2025');

    // From the webcam (Chromium's fake camera), dated today: the warning goes.
    const cameraTracks = await watchCameraStreams(page);
    await panel.getByRole('button', { name: 'Foto toevoegen' }).click();
    dialog = page.getByRole('dialog', { name: 'Foto toevoegen' });
    await dialog.getByRole('button', { name: 'Foto maken met de webcam' }).click();
    await dialog.getByRole('button', { name: 'Maak foto' }).click();
    await dialog.getByRole('img', { name: 'De zojuist gemaakte foto' }).waitFor();
    // Video only, and switched off once the frame is taken.
    expect(await cameraTracks()).toEqual(['video:ended']);
    await dialog.getByRole('button', { name: 'Foto opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const recent = panel.getByRole('region', { name: 'Recente foto' });
    await recent.getByText(`Genomen op ${formatDutchDate(localTodayIso())}`).waitFor();
    expect(await panel.getByText('Deze foto is ouder dan 3 maanden').count()).toBe(0);

    // A mark needs to say what and where.
    await panel.getByRole('button', { name: 'Foto toevoegen' }).click();
    dialog = page.getByRole('dialog', { name: 'Foto toevoegen' });
    await dialog.getByLabel('Foto uit een bestand').setInputFiles({ name: 'tatoeage.jpg', mimeType: 'image/jpeg', buffer: cameraJpeg(120, 120, 1) });
    await dialog.getByRole('radio', { name: /Foto van een kenmerk/ }).check();
    await dialog.getByRole('button', { name: 'Foto opslaan' }).click();
    const caption = dialog.getByLabel('Wat en waar');
    await expect.poll(() => caption.getAttribute('aria-invalid')).toBe('true');
    await caption.fill('Tatoeage van een anker op de rechterschouder');
    await dialog.getByRole('button', { name: 'Foto opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const marks = panel.getByRole('region', { name: 'Kenmerken' });
    await marks.getByText('Tatoeage van een anker op de rechterschouder').waitFor();

    // Every stored photo was re-encoded: no EXIF or GPS in what main keeps.
    const { photos } = expectOk(await app.services.router('youths.open', { id: await youthIdByName(app, 'Aarts') })) as YouthFile;
    expect(photos).toHaveLength(3);
    for (const photo of photos) {
      const full = expectOk(await app.services.router('photos.get', { id: photo.id })) as Photo;
      expect(await exifr.gps(Buffer.from(full.imageDataUrl.split(',')[1]!, 'base64'))).toBeUndefined();
    }

    // View full size, then remove the old portrait after confirming.
    const portraits = panel.getByRole('region', { name: 'Portretfoto’s' });
    await portraits.getByRole('button', { name: 'Portretfoto van 10-01-2025 bekijken' }).click();
    const viewer = page.getByRole('dialog', { name: 'Portretfoto van 10-01-2025' });
    await viewer.getByRole('img', { name: 'Portretfoto van 10-01-2025' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await viewer.getByRole('button', { name: 'Sluiten' }).click();

    await portraits.getByRole('button', { name: 'Portretfoto van 10-01-2025 verwijderen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Foto verwijderen?' });
    await confirm.getByRole('button', { name: 'Foto verwijderen' }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => portraits.getByRole('listitem').count()).toBe(1);
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Foto toevoegen');

    const photoEntries = accessLogRows(app.services).filter((row) => row.objectType === 'photo').map((row) => row.action);
    expect(photoEntries).toEqual(['create', 'create', 'create', 'read', 'read', 'read', 'read', 'delete']);
    expect(app.problems).toEqual([]);
  });

  it('switches the webcam off when the app locks, and keeps the rest of the form', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const panel = await openPhotosTab(page);
    const cameraTracks = await watchCameraStreams(page);
    await panel.getByRole('button', { name: 'Foto toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Foto toevoegen' });
    await dialog.getByLabel('Onderschrift').fill('Nieuw kapsel');
    await dialog.getByRole('button', { name: 'Foto maken met de webcam' }).click();
    await dialog.getByRole('button', { name: 'Maak foto' }).waitFor();
    await expect.poll(cameraTracks).toEqual(['video:live']);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: 'Inloggen', level: 1 }).waitFor();
    await expect.poll(cameraTracks).toEqual(['video:ended']);

    await page.getByLabel('Wachtwoord', { exact: true }).fill(staff.worker.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await dialog.getByRole('button', { name: 'Foto maken met de webcam' }).waitFor();
    expect(await dialog.getByLabel('Onderschrift').inputValue()).toBe('Nieuw kapsel');
    expect(app.problems).toEqual([]);
  });

  it('says clearly when the file is not a photo', async () => {
    app = await launchApp({ start: 'unlocked', as: 'worker', youths });
    const { page } = app;
    const panel = await openPhotosTab(page);
    await panel.getByRole('button', { name: 'Foto toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Foto toevoegen' });
    await dialog.getByLabel('Foto uit een bestand').setInputFiles({ name: 'notitie.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Dit is geen foto.') });
    await dialog.getByRole('button', { name: 'Foto opslaan' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'kon niet als foto worden gelezen' }).waitFor();
    expect(app.problems).toEqual([]);
  });
});
