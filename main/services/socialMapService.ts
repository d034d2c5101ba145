import type { Db } from '../../db/client';
import { deleteSocialMapEntry, findSocialMapEntry, insertSocialMapEntry, listSocialMap, updateSocialMapEntry } from '../../db/repositories/socialMap';
import { socialMapKinds, type SaveSocialMapEntry, type SocialMapEntry } from '../../preload/contract';
import { nextUpdatedAt } from '../domain/youths/nextUpdatedAt';
import { AppError, appMessages } from '../errors/AppError';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';

export const socialMapMessages = {
  entryNotFound: 'Dit contact staat niet (meer) op de sociale kaart. Open de sociale kaart opnieuw.',
  shippedKindFixed: 'Dit landelijke nummer houdt zijn soort: de app wijst het daarmee aan bij een besluit. Pas de naam, het nummer of de toelichting aan.',
  shippedNotRemovable: 'Dit landelijke nummer hoort bij de sociale kaart en kan niet worden verwijderd. Je kunt het wel aanpassen.',
  entryConflict: (changedBy: string | null) =>
    `Dit contact is intussen gewijzigd${changedBy ? ` door ${changedBy}` : ''}. Er is niets opgeslagen. Bekijk de nieuwste gegevens en sla daarna opnieuw op.`,
} as const;

const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** In the order of the kinds (emergency first), then by name. */
function ordered(entries: SocialMapEntry[]): SocialMapEntry[] {
  return [...entries].sort((a, b) => socialMapKinds.indexOf(a.kind) - socialMapKinds.indexOf(b.kind) || byName.compare(a.name, b.name));
}

function requireEntry(db: Db, id: string): SocialMapEntry {
  const entry = findSocialMapEntry(db, id);
  if (!entry) throw new AppError('NOT_FOUND', socialMapMessages.entryNotFound);
  return entry;
}

/** Every signed-in user: the numbers to call are needed at every desk. */
export function listSocialMapEntries(context: ServiceContext): SocialMapEntry[] {
  context.require('readSocialMap');
  return runAudited(context, 'read', (db) => ordered(listSocialMap(db)));
}

/** The administrator adds contacts and edits any, the shipped national numbers included. */
export function saveSocialMapEntry(context: ServiceContext, input: SaveSocialMapEntry): SocialMapEntry {
  context.require('manageSocialMap');
  return runAudited(context, 'change', (db, log, session) => {
    const fields = { kind: input.kind, name: input.name, phone: input.phone, note: input.note };
    if (input.mode === 'add') {
      const id = insertSocialMapEntry(db, fields, { userId: session.user.id, now: context.nowIso() });
      log({ action: 'create', objectType: 'socialMap', objectId: id, details: `contact toegevoegd: ${input.name}` });
      return requireEntry(db, id);
    }
    const current = requireEntry(db, input.id);
    if (current.changedAt !== input.basedOnChangedAt) throw new AppError('CONFLICT', socialMapMessages.entryConflict(current.changedByName));
    if (current.shipped && current.kind !== input.kind) throw new AppError('VALIDATION', appMessages.invalidInput, { kind: socialMapMessages.shippedKindFixed });
    // A later stamp than the stored one, so an edit that started from it is always recognised.
    updateSocialMapEntry(db, input.id, fields, { userId: session.user.id, now: nextUpdatedAt(current.changedAt, context.now()) });
    log({ action: 'change', objectType: 'socialMap', objectId: input.id, details: `contact gewijzigd: ${input.name}` });
    return requireEntry(db, input.id);
  });
}

/** The administrator removes an added contact; the shipped national numbers stay. */
export function removeSocialMapEntry(context: ServiceContext, id: string): SocialMapEntry[] {
  context.require('manageSocialMap');
  return runAudited(context, 'change', (db, log) => {
    const entry = requireEntry(db, id);
    if (entry.shipped) throw new AppError('CONFLICT', socialMapMessages.shippedNotRemovable);
    deleteSocialMapEntry(db, id);
    log({ action: 'delete', objectType: 'socialMap', objectId: id, details: `contact verwijderd: ${entry.name}` });
    return ordered(listSocialMap(db));
  });
}
