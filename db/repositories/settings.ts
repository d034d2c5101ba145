import { defaultSettings, settingsSchema, type Settings } from '../../preload/contract';
import type { Db } from '../client';
import { settings } from '../schema';

/** Stored values over the defaults; a value that no longer validates falls back to its default. */
export function readSettings(db: Db): Settings {
  const stored: Record<string, unknown> = {};
  for (const row of db.select().from(settings).all()) stored[row.key] = JSON.parse(row.value);
  const merged = { ...defaultSettings, ...stored };
  const parsed = settingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : defaultSettings;
}

export function writeSettings(db: Db, values: Settings, by: { userId: string; now: string }): void {
  for (const [key, value] of Object.entries(values)) {
    const row = { key, value: JSON.stringify(value), updatedAt: by.now, updatedBy: by.userId };
    db.insert(settings).values(row).onConflictDoUpdate({ target: settings.key, set: row }).run();
  }
}
