import { randomUUID } from 'node:crypto';
import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { DisclosureDocument, DisclosureOutput, LegalGround } from '../../preload/contract/disclosures';
import type { Db } from '../client';
import { disclosures, users, youths } from '../schema';

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
  /** First and last name. */
  youthName: string;
}

/** The organisation-wide register's filter: ISO instants (`from` included, `until` not) and the document. */
export interface DisclosureQuery {
  from?: string;
  until?: string;
  document?: DisclosureDocument;
}

/** Appends to the register; triggers refuse any later change or delete. */
export function insertDisclosure(db: Db, disclosure: NewDisclosure): string {
  const id = randomUUID();
  db.insert(disclosures)
    .values({ id, ...disclosure })
    .run();
  return id;
}

/** The register's lines with who disclosed and about whom; the youth and the user by their primary keys. */
function registerQuery(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: disclosures.id,
      youthId: disclosures.youthId,
      document: disclosures.document,
      sourceId: disclosures.sourceId,
      output: disclosures.output,
      recipient: disclosures.recipient,
      recipientPerson: disclosures.recipientPerson,
      purpose: disclosures.purpose,
      legalGround: disclosures.legalGround,
      categories: disclosures.categories,
      fileName: disclosures.fileName,
      sha256: disclosures.sha256,
      disclosedAt: disclosures.disclosedAt,
      disclosedBy: disclosures.disclosedBy,
      disclosedByName: users.name,
      youthFirstName: youths.firstName,
      youthLastName: youths.lastName,
    })
    .from(disclosures)
    .innerJoin(users, eq(users.id, disclosures.disclosedBy))
    .innerJoin(youths, eq(youths.id, disclosures.youthId))
    .where(where)
    .orderBy(desc(disclosures.disclosedAt));
}

type RegisterRecord = ReturnType<ReturnType<typeof registerQuery>['all']>[number];

function toRow({ youthFirstName, youthLastName, ...record }: RegisterRecord): DisclosureRow {
  return { ...record, youthName: `${youthFirstName} ${youthLastName}` };
}

/** A youth's disclosures, newest first (disclosures_youth_idx). */
export function youthDisclosuresQuery(db: Db, youthId: string) {
  return registerQuery(db, eq(disclosures.youthId, youthId));
}

export function listDisclosuresForYouth(db: Db, youthId: string): DisclosureRow[] {
  return youthDisclosuresQuery(db, youthId).all().map(toRow);
}

/** The whole organisation's disclosures, newest first, by the day range and document (disclosures_at_idx). */
export function disclosureRegisterQuery(db: Db, query: DisclosureQuery) {
  return registerQuery(
    db,
    and(
      query.from ? gte(disclosures.disclosedAt, query.from) : undefined,
      query.until ? lt(disclosures.disclosedAt, query.until) : undefined,
      query.document ? eq(disclosures.document, query.document) : undefined,
    ),
  );
}

export function searchDisclosureRegister(db: Db, query: DisclosureQuery): DisclosureRow[] {
  return disclosureRegisterQuery(db, query).all().map(toRow);
}
