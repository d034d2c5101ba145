import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { comparePhotos, type Photo, type PhotoKind, type PhotoSummary } from '../../preload/contract';
import type { Db } from '../client';
import { users, youthPhotos } from '../schema';

export interface NewPhotoRow {
  youthId: string;
  kind: PhotoKind;
  caption: string;
  takenOn: string;
  width: number;
  height: number;
  /** Already re-encoded JPEG (main/photos): these bytes are stored as they are. */
  image: Buffer;
  thumbnail: Buffer;
}

const summaryColumns = {
  id: youthPhotos.id,
  youthId: youthPhotos.youthId,
  kind: youthPhotos.kind,
  caption: youthPhotos.caption,
  takenOn: youthPhotos.takenOn,
  addedAt: youthPhotos.addedAt,
  addedByName: users.name,
  width: youthPhotos.width,
  height: youthPhotos.height,
  thumbnail: youthPhotos.thumbnail,
};

type SummaryRow = Omit<PhotoSummary, 'thumbnailDataUrl'> & { thumbnail: Buffer };

const jpegDataUrl = (bytes: Buffer) => `data:image/jpeg;base64,${bytes.toString('base64')}`;

function toSummary({ thumbnail, ...row }: SummaryRow): PhotoSummary {
  return {
    id: row.id,
    youthId: row.youthId,
    kind: row.kind,
    caption: row.caption,
    takenOn: row.takenOn,
    addedAt: row.addedAt,
    addedByName: row.addedByName,
    width: row.width,
    height: row.height,
    thumbnailDataUrl: jpegDataUrl(thumbnail),
  };
}

function summaries(db: Db) {
  return db.select(summaryColumns).from(youthPhotos).innerJoin(users, eq(users.id, youthPhotos.addedBy));
}

function withImage(db: Db) {
  return db
    .select({ ...summaryColumns, image: youthPhotos.image })
    .from(youthPhotos)
    .innerJoin(users, eq(users.id, youthPhotos.addedBy));
}

export function insertPhoto(db: Db, photo: NewPhotoRow, by: { userId: string; now: string }): string {
  const id = randomUUID();
  db.insert(youthPhotos)
    .values({ id, ...photo, addedAt: by.now, addedBy: by.userId })
    .run();
  return id;
}

/** Portraits newest first, then mark photos newest first; thumbnails only, never the full images. */
export function listPhotoSummaries(db: Db, youthId: string): PhotoSummary[] {
  return summaries(db).where(eq(youthPhotos.youthId, youthId)).all().map(toSummary).sort(comparePhotos);
}

export function getPhotoSummary(db: Db, id: string): PhotoSummary | undefined {
  const row = summaries(db).where(eq(youthPhotos.id, id)).get();
  return row ? toSummary(row) : undefined;
}

export function getPhoto(db: Db, id: string): Photo | undefined {
  const row = withImage(db).where(eq(youthPhotos.id, id)).get();
  if (!row) return undefined;
  const { image, ...summary } = row;
  return { ...toSummary(summary), imageDataUrl: jpegDataUrl(image) };
}

/** The recent photo's full image as stored (no data URL): the newest portrait, as comparePhotos orders them. */
export function newestPortraitImage(db: Db, youthId: string): { image: Buffer; takenOn: string } | undefined {
  return db
    .select({ image: youthPhotos.image, takenOn: youthPhotos.takenOn })
    .from(youthPhotos)
    .where(and(eq(youthPhotos.youthId, youthId), eq(youthPhotos.kind, 'portrait')))
    .orderBy(desc(youthPhotos.takenOn), desc(youthPhotos.addedAt))
    .limit(1)
    .get();
}

export function deletePhoto(db: Db, id: string): void {
  db.delete(youthPhotos).where(eq(youthPhotos.id, id)).run();
}
