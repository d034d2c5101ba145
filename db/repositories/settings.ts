import { defaultSettings, settingsSchema, type Settings } from '../../preload/contract';
import type { Db } from '../client';
import { settings } from '../schema';

/**
 * Stored values over the defaults. A value that no longer validates (or is not JSON) falls back
 * to its own default, alone: a bad setting must never stop anyone from signing in.
 */
export function readSettings(db: Db): Settings {
  const result: Record<string, unknown> = { ...defaultSettings };
  const shape: Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }> = settingsSchema.shape;
  for (const row of db.select().from(settings).all()) {
    const field = Object.hasOwn(shape, row.key) ? shape[row.key] : undefined;
    if (!field) continue;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) result[row.key] = parsed.data;
  }
  return result as Settings;
}

export function writeSettings(db: Db, values: Settings, by: { userId: string; now: string }): void {
  for (const [key, value] of Object.entries(values)) {
    const row = { key, value: JSON.stringify(value), updatedAt: by.now, updatedBy: by.userId };
    db.insert(settings).values(row).onConflictDoUpdate({ target: settings.key, set: row }).run();
  }
}
