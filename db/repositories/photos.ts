import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
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

export function deletePhoto(db: Db, id: string): void {
  db.delete(youthPhotos).where(eq(youthPhotos.id, id)).run();
}
