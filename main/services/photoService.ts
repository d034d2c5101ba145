import type { Db } from '../../db/client';
import { deletePhoto, getPhoto as readPhoto, getPhotoSummary, insertPhoto } from '../../db/repositories/photos';
import type { NewPhoto, Photo, PhotoKind, PhotoSummary, YouthAccess } from '../../preload/contract';
import { AppError } from '../errors/AppError';
import { reencodeInWorker } from '../photos/reencodeInWorker';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import { runAudited, runAuditedIn, type Log } from './audit/runAudited';
import type { ServiceContext, UnlockedSession } from './context';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

const photoNotFound = 'Deze foto bestaat niet (meer). Open het dossier opnieuw.';
const kindLabels: Record<PhotoKind, string> = { portrait: 'portretfoto', mark: 'foto van een kenmerk' };

/** The photo, if this user may see its youth; refuses like opening the file would. */
function requirePhotoAccess(context: ServiceContext, db: Db, session: UnlockedSession, id: string): { photo: PhotoSummary; access: YouthAccess } {
  const photo = getPhotoSummary(db, id);
  if (!photo) throw new AppError('NOT_FOUND', photoNotFound);
  return { photo, access: requireAccess(context, db, session, photo.youthId).access };
}

const photoDetails = (photo: Pick<PhotoSummary, 'kind' | 'takenOn'>, what: string) => `${kindLabels[photo.kind]} van ${photo.takenOn} ${what}`;

/** A refused call names the photo's youth, when the photo still exists. */
const refusedPhoto =
  (id: string, attempt: string) =>
  (db: Db): RefusedAttempt => ({ attempt, objectType: 'photo', objectId: id, youthId: getPhotoSummary(db, id)?.youthId ?? null });

/** The entry for the access log; under emergency access with its reason, as every change there. */
function logPhoto(log: Log, access: YouthAccess, entry: { action: 'create' | 'read' | 'delete'; id: string; youthId: string; details: string }) {
  log({
    action: entry.action,
    objectType: 'photo',
    objectId: entry.id,
    youthId: entry.youthId,
    ...underAccess(access, entry.details),
  });
}

/**
 * Re-encoding takes a second or more for a large photo, so it runs in a worker thread (main keeps
 * answering meanwhile) and before the transaction, which then only writes. Access is checked
 * before the work (no wasted second for a refusal) and again inside the transaction, in the same
 * session: a lock or a user switch meanwhile stops the save.
 */
export async function addPhoto(context: ServiceContext, input: NewPhoto): Promise<PhotoSummary> {
  const session = context.require('workWithYouths');
  return logRefusal(context, { attempt: 'foto toevoegen', objectType: 'photo', youthId: input.youthId }, async () => {
    requireAccess(context, session.handle.db, session, input.youthId);
    const photo = await reencodeInWorker(Buffer.from(input.imageBase64, 'base64'), { logger: context.config.logger });
    return runAuditedIn(context, session, 'change', (db, log) => {
      const { access } = requireAccess(context, db, session, input.youthId);
      const id = insertPhoto(
        db,
        { youthId: input.youthId, kind: input.kind, caption: input.caption, takenOn: input.takenOn, ...photo },
        { userId: session.user.id, now: context.nowIso() },
      );
      logPhoto(log, access, { action: 'create', id, youthId: input.youthId, details: photoDetails(input, 'toegevoegd') });
      const summary = getPhotoSummary(db, id);
      if (!summary) throw new Error('A photo just inserted could not be read back.');
      return summary;
    });
  });
}

/** The full-size photo; every look at it is logged, a refused one too, as for the file itself. */
export function getPhoto(context: ServiceContext, id: string): Photo {
  context.require('workWithYouths');
  return logRefusal(context, refusedPhoto(id, 'bekijken'), () =>
    runAudited(context, 'read', (db, log, session) => {
      const { photo, access } = requirePhotoAccess(context, db, session, id);
      const full = readPhoto(db, id);
      if (!full) throw new AppError('NOT_FOUND', photoNotFound);
      logPhoto(log, access, { action: 'read', id, youthId: photo.youthId, details: photoDetails(photo, 'bekeken') });
      return full;
    }),
  );
}

export function removePhoto(context: ServiceContext, id: string): null {
  context.require('workWithYouths');
  return logRefusal(context, refusedPhoto(id, 'verwijderen'), () =>
    runAudited(context, 'change', (db, log, session) => {
      const { photo, access } = requirePhotoAccess(context, db, session, id);
      deletePhoto(db, id);
      logPhoto(log, access, { action: 'delete', id, youthId: photo.youthId, details: photoDetails(photo, 'verwijderd') });
      return null;
    }),
  );
}
