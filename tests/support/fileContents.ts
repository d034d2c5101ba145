import { insertPhoto } from '../../db/repositories/photos';
import type { AppServices } from '../../main/services/appServices';
import type { PhotoKind } from '../../preload/contract';
import { expectOk } from './tempDatabase';

/** `YYYY-MM-DD` moved by whole days. */
export function daysFrom(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * A photo through the photos repository, as the signed-in user: the photo service re-encodes real
 * images, while lists and the start screen read only kind and date, so a stub image will do.
 */
export function addPhotoRow(services: AppServices, youthId: string, kind: PhotoKind, takenOn: string): void {
  const session = services.context.requireUnlocked();
  const stub = Buffer.from([0xff, 0xd8, 0xff, 0xd9]);
  insertPhoto(
    session.handle.db,
    { youthId, kind, caption: '', takenOn, width: 1, height: 1, image: stub, thumbnail: stub },
    { userId: session.user.id, now: services.context.nowIso() },
  );
}

/** A new safety plan version through the service, as the signed-in user. */
export async function savePlanVersion(services: AppServices, youthId: string, basedOnVersion: number | null, reviewDate: string): Promise<void> {
  expectOk(await services.router('safetyPlan.save', { youthId, basedOnVersion, content: { agreements: 'Om 22:00 binnen.', reviewDate } }));
}

/** A person in the youth's network through the service, as the signed-in user. */
export async function addNetworkPerson(services: AppServices, youthId: string, name: string): Promise<void> {
  expectOk(await services.router('network.saveEntity', { youthId, details: { kind: 'person', role: 'friend', name }, source: 'Eigen waarneming' }));
}
