import fs from 'node:fs';
import path from 'node:path';
import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { youthPhotos } from '../../db/schema';
import { photoMessages } from '../../main/photos/decodeImage';
import { appMessages } from '../../main/errors/AppError';
import type { Photo, PhotoSummary, YouthFile } from '../../preload/contract';
import { accessLogRows, newEntries } from '../support/accessLogRows';
import { minutes, testClock } from '../support/clock';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';
import { cameraJpeg, fictionalGps, halfTransparentPng } from '../support/testImages';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', alias: '', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
];

/** Well after the staffed template's own log entries, so the clock is never behind the log. */
const start = new Date('2036-03-04T09:15:00.000Z');

async function setting() {
  const clock = testClock(start);
  const services = await staffedServices({ now: clock.now });
  const [anouk, cato] = (await seedYouths(services, youths)) as [string, string];
  return { services, clock, ids: { anouk, cato } };
}

type Services = Awaited<ReturnType<typeof setting>>['services'];

const base64 = (bytes: Buffer) => bytes.toString('base64');
const cameraPhoto = base64(cameraJpeg(80, 40, 6));

function storedRow(services: Services, id: string) {
  return services.context.requireUnlocked().handle.db.select().from(youthPhotos).where(eq(youthPhotos.id, id)).get();
}

async function add(services: Services, input: { youthId: string; kind: 'portrait' | 'mark'; takenOn: string; caption?: string; imageBase64?: string }) {
  return expectOk(await services.router('photos.add', { imageBase64: cameraPhoto, ...input })) as PhotoSummary;
}

async function photosOf(services: Services, youthId: string): Promise<PhotoSummary[]> {
  return (expectOk(await services.router('youths.open', { id: youthId })) as YouthFile).photos;
}

describe('photos in the encrypted database', () => {
  it('stores a re-encoded JPEG without EXIF or GPS, turned upright, and logs who added it', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'worker');
    const before = accessLogRows(services).length;
    const summary = await add(services, { youthId: ids.anouk, kind: 'portrait', takenOn: '2025-06-01' });

    expect(summary).toMatchObject({ youthId: ids.anouk, kind: 'portrait', caption: '', takenOn: '2025-06-01', addedAt: start.toISOString(), addedByName: staff.worker.name, width: 40, height: 80 });
    expect(summary.thumbnailDataUrl).toMatch(/^data:image\/jpeg;base64,\/9j\//);

    const row = storedRow(services, summary.id)!;
    for (const stored of [row.image, row.thumbnail]) {
      expect(stored.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      expect(await exifr.parse(stored, { tiff: true, xmp: true, jfif: false })).toBeUndefined();
      expect(await exifr.gps(stored)).toBeUndefined();
    }
    expect(await exifr.gps(Buffer.from(cameraPhoto, 'base64'))).toMatchObject({ latitude: expect.closeTo(fictionalGps.latitude, 1) });
    const decoded = jpeg.decode(row.image, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([40, 80]);

    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'create', objectType: 'photo', objectId: summary.id, youthId: ids.anouk, userName: staff.worker.name, details: 'portretfoto van 2025-06-01 toegevoegd' }),
    ]);
  });

  it('keeps photos inside the database only: no file appears beside it and the picture is not readable in any file', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'worker');
    const folder = path.dirname(services.databasePath);
    const namesBefore = fs.readdirSync(folder).sort();
    const summary = await add(services, { youthId: ids.anouk, kind: 'portrait', takenOn: '2025-06-01', imageBase64: base64(halfTransparentPng(64, 64)) });
    expect(fs.readdirSync(folder).sort()).toEqual(namesBefore);

    const stored = storedRow(services, summary.id)!;
    const probe = stored.image.subarray(stored.image.length - 200, stored.image.length - 100);
    for (const name of fs.readdirSync(folder)) {
      const contents = fs.readFileSync(path.join(folder, name));
      expect(contents.includes(probe), name).toBe(false);
      expect(contents.includes('JFIF'), name).toBe(false);
    }
  });

  it('lists portraits newest first (by day taken, then by when added), then mark photos', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'worker');
    const added: Record<string, string> = {};
    for (const [name, kind, takenOn] of [
      ['old portrait', 'portrait', '2025-01-10'],
      ['tattoo', 'mark', '2025-04-01'],
      ['recent portrait', 'portrait', '2025-03-05'],
      ['scar', 'mark', '2024-12-24'],
      ['same day, added later', 'portrait', '2025-03-05'],
    ] as const) {
      clock.advance(minutes(1));
      added[name] = (await add(services, { youthId: ids.anouk, kind, takenOn, caption: kind === 'mark' ? `${name} op de linkerarm` : '' })).id;
    }
    const order = (await photosOf(services, ids.anouk)).map((photo) => Object.entries(added).find(([, id]) => id === photo.id)![0]);
    expect(order).toEqual(['same day, added later', 'recent portrait', 'old portrait', 'tattoo', 'scar']);
  });

  it('shows the full photo as a logged read and removes it with a logged delete', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'worker');
    const summary = await add(services, { youthId: ids.anouk, kind: 'mark', takenOn: '2025-06-01', caption: 'Tatoeage van een anker op de rechterschouder' });

    let before = accessLogRows(services).length;
    const photo = expectOk(await services.router('photos.get', { id: summary.id })) as Photo;
    expect(photo).toMatchObject({ ...summary, imageDataUrl: expect.stringMatching(/^data:image\/jpeg;base64,\/9j\//) });
    expect(newEntries(services, before)).toEqual([
      expect.objectContaining({ action: 'read', objectType: 'photo', objectId: summary.id, youthId: ids.anouk, details: 'foto van een kenmerk van 2025-06-01 bekeken' }),
    ]);

    before = accessLogRows(services).length;
    expect(expectOk(await services.router('photos.remove', { id: summary.id }))).toBeNull();
    expect(newEntries(services, before)).toEqual([expect.objectContaining({ action: 'delete', objectType: 'photo', objectId: summary.id, youthId: ids.anouk })]);
    expect(await photosOf(services, ids.anouk)).toEqual([]);
    expect(await services.router('photos.get', { id: summary.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a worker of another location: nothing added, shown or removed, and every refused call is logged', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'lead');
    const forCato = await add(services, { youthId: ids.cato, kind: 'portrait', takenOn: '2025-06-01' });
    await signIn(services, 'worker');
    const noAccess = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } };

    const before = accessLogRows(services).length;
    expect(await services.router('photos.add', { youthId: ids.cato, kind: 'portrait', takenOn: '2025-06-01', imageBase64: cameraPhoto })).toMatchObject(noAccess);
    expect(await services.router('photos.remove', { id: forCato.id })).toMatchObject(noAccess);
    expect(await services.router('photos.get', { id: forCato.id })).toMatchObject(noAccess);
    const refused = (objectId: string | null, details: string) =>
      expect.objectContaining({ action: 'refused', objectType: 'photo', objectId, youthId: ids.cato, userName: staff.worker.name, details });
    expect(newEntries(services, before)).toEqual([
      refused(null, 'foto toevoegen; geen toegang: niet van de eigen locaties'),
      refused(forCato.id, 'verwijderen; geen toegang: niet van de eigen locaties'),
      refused(forCato.id, 'bekijken; geen toegang: niet van de eigen locaties'),
    ]);

    await signIn(services, 'lead');
    expect((await photosOf(services, ids.cato)).map((photo) => photo.id)).toEqual([forCato.id]);
  });

  it('refuses what is not a photo, a mark without a caption and a future date, storing and logging nothing', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'worker');
    const before = accessLogRows(services).length;

    expect(await services.router('photos.add', { youthId: ids.anouk, kind: 'portrait', takenOn: '2025-06-01', imageBase64: base64(Buffer.from('geen foto, maar tekst')) })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: photoMessages.unreadable },
    });
    expect(await services.router('photos.add', { youthId: ids.anouk, kind: 'mark', takenOn: '2025-06-01', caption: '  ', imageBase64: cameraPhoto })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { caption: expect.stringContaining('waar op het lichaam') } },
    });
    expect(await services.router('photos.add', { youthId: ids.anouk, kind: 'portrait', takenOn: '2999-01-01', imageBase64: cameraPhoto })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { takenOn: expect.stringContaining('toekomst') } },
    });

    expect(accessLogRows(services).length).toBe(before);
    expect(await photosOf(services, ids.anouk)).toEqual([]);
  });
});
