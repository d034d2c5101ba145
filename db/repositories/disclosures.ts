import { randomUUID } from 'node:crypto';
import { desc, eq, getTableColumns } from 'drizzle-orm';
import type { DisclosureDocument, DisclosureOutput, LegalGround } from '../../preload/contract/disclosures';
import type { Db } from '../client';
import { disclosures, users } from '../schema';

/** One file that left the app: what, to whom, why, on what ground, and the hash of exactly those bytes. */
export interface NewDisclosure {
  youthId: string;
  document: DisclosureDocument;
  /** The record it was made from, e.g. the missing episode. */
  sourceId: string | null;
  output: DisclosureOutput;
  recipient: string;
  /** The person at the recipient, e.g. the officer who took the report; '' when unknown. */
  recipientPerson: string;
  purpose: string;
  legalGround: LegalGround;
  categories: string[];
  fileName: string;
  sha256: string;
  disclosedAt: string;
  disclosedBy: string;
}

export interface DisclosureRow extends NewDisclosure {
  id: string;
  disclosedByName: string;
}

/** Appends to the register; triggers refuse any later change or delete. */
export function insertDisclosure(db: Db, disclosure: NewDisclosure): string {
  const id = randomUUID();
  db.insert(disclosures)
    .values({ id, ...disclosure })
    .run();
  return id;
}

/** A youth's disclosures, newest first (disclosures_youth_idx). */
export function listDisclosuresForYouth(db: Db, youthId: string): DisclosureRow[] {
  return db
    .select({ ...getTableColumns(disclosures), disclosedByName: users.name })
    .from(disclosures)
    .innerJoin(users, eq(users.id, disclosures.disclosedBy))
    .where(eq(disclosures.youthId, youthId))
    .orderBy(desc(disclosures.disclosedAt))
    .all();
}
