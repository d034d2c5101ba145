import { randomUUID } from 'node:crypto';
import { asc, desc, eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import {
  meldcodeAnswerKeys,
  meldcodeDecisionSchema,
  meldcodeInputSchema,
  meldcodeOutcomes,
  storedCaseDecisionAnswersSchema,
  storedCaseHelpPlanSchema,
  storedCaseReportSchema,
  storedCaseWeighingSchema,
  type CaseDecisionAnswers,
  type CaseHelpPlan,
  type CaseReport,
  type CaseWeighing,
  type HelpPlanRecord,
  type MeldcodeAnswerKey,
  type MeldcodeDecision,
  type MeldcodeInput,
  type Outcome,
  type ReportRecord,
  type StoredDecision,
} from '../../preload/contract';
import type { Db } from '../client';
import { meldcodeCountersignatures, meldcodeDecisions, meldcodeHelpPlans, meldcodeReports, users } from '../schema';
import { readStoredDocument, storedJson, type ReportUnreadable } from '../storedDocument';

/** Insertion order, the tiebreak for rows stamped in the same millisecond. */
export const rowOrder = (table: SQLWrapper) => sql`${table}.rowid`;

/** Rows of several cases, grouped by case in the order the query gave them. */
export function groupByCase<Row extends { caseId: string }, Out>(rows: Row[], map: (row: Row) => Out): Map<string, Out[]> {
  const grouped = new Map<string, Out[]>();
  for (const row of rows) grouped.set(row.caseId, [...(grouped.get(row.caseId) ?? []), map(row)]);
  return grouped;
}

export interface NewDecisionRow {
  caseId: string;
  input: MeldcodeInput;
  computed: MeldcodeDecision;
  chosenOutcomes: Outcome[];
  deviationReason: string;
  /** Snapshots of the parts the decision was made from (finding: the six written answers belong to it). */
  answers: CaseDecisionAnswers | null;
  weighing: CaseWeighing | null;
  countersignRequired: boolean;
  confirmedAt: string;
  confirmedBy: string;
}

export function appendDecision(db: Db, decision: NewDecisionRow): string {
  const id = randomUUID();
  const snapshot = (part: object | null) => (part === null ? null : JSON.stringify(part));
  db.insert(meldcodeDecisions)
    .values({ id, ...decision, answers: snapshot(decision.answers), weighing: snapshot(decision.weighing), ruleSetVersion: decision.computed.ruleSetVersion })
    .run();
  return id;
}

export function appendCountersignature(db: Db, signature: { decisionId: string; signedAt: string; signedBy: string }): string {
  const id = randomUUID();
  db.insert(meldcodeCountersignatures)
    .values({ id, ...signature })
    .run();
  return id;
}

/** 5a or 5b: which table a step record goes to. */
export type StepRecordKind = 'helpPlan' | 'report';
const stepTables = { helpPlan: meldcodeHelpPlans, report: meldcodeReports } as const;

/** A new 5a or 5b record for a decision; earlier ones stay (a correction is a new record). */
export function appendStepRecord(
  db: Db,
  kind: StepRecordKind,
  record: { caseId: string; decisionId: string; content: CaseHelpPlan | CaseReport; recordedAt: string; recordedBy: string },
): string {
  const id = randomUUID();
  db.insert(stepTables[kind])
    .values({ id, ...record, content: JSON.stringify(record.content) })
    .run();
  return id;
}

/** Oldest first per case, each read leniently by `read`. */
function listStepRecords<Value>(db: Db, kind: StepRecordKind, caseIds: readonly string[], read: (content: string) => Value) {
  const table = stepTables[kind];
  const rows = db
    .select({ id: table.id, caseId: table.caseId, decisionId: table.decisionId, content: table.content, recordedAt: table.recordedAt, recordedByName: users.name })
    .from(table)
    .innerJoin(users, eq(users.id, table.recordedBy))
    .where(inArray(table.caseId, [...caseIds]))
    .orderBy(asc(table.recordedAt), asc(rowOrder(table)))
    .all();
  return groupByCase(rows, ({ content, caseId: _caseId, ...row }) => ({ ...row, value: read(content) }));
}

const readLeniently =
  <Schema extends z.ZodType>(schema: Schema, section: string, report?: ReportUnreadable) =>
  (stored: string): z.output<Schema> =>
    readStoredDocument('meldcodeCase', schema, stored, () => schema.parse({}) as z.output<Schema>, (unreadable) => report?.({ ...unreadable, section }));

export const listHelpPlanRecords = (db: Db, caseIds: readonly string[], report?: ReportUnreadable): Map<string, HelpPlanRecord[]> =>
  listStepRecords(db, 'helpPlan', caseIds, readLeniently(storedCaseHelpPlanSchema, 'helpPlan', report));
export const listReportRecords = (db: Db, caseIds: readonly string[], report?: ReportUnreadable): Map<string, ReportRecord[]> =>
  listStepRecords(db, 'report', caseIds, readLeniently(storedCaseReportSchema, 'report', report));

const confirmer = alias(users, 'confirmer');
const signer = alias(users, 'signer');
const storedOutcomesSchema = z.array(z.enum(meldcodeOutcomes));

/**
 * A decision's documents as they were stored. One a later version cannot read shows as an
 * unanswered, incomplete decision of its day; the chosen outcomes and who confirmed stay.
 */
function readDecision(row: {
  input: unknown;
  computed: unknown;
  chosenOutcomes: unknown;
  answers: string | null;
  weighing: string | null;
  ruleSetVersion: string;
  confirmedAt: string;
  report?: ReportUnreadable;
}): Pick<StoredDecision, 'input' | 'computed' | 'chosenOutcomes' | 'answers' | 'weighing'> {
  const onUnreadable = (section: string) => (unreadable: Parameters<ReportUnreadable>[0]) => row.report?.({ ...unreadable, section });
  const day = row.confirmedAt.slice(0, 10);
  const unanswered = Object.fromEntries(meldcodeAnswerKeys.map((key) => [key, null])) as Record<MeldcodeAnswerKey, null>;
  const openInput = (): MeldcodeInput => ({ ...unanswered, conflictOfDutiesAnswered: false, decisionDate: day, dateOfBirth: day });
  const openResult = (): MeldcodeDecision => ({ status: 'incomplete', framework: 'minor', outcomes: [], alsoConsider: [], missing: [], trace: [], ruleSetVersion: row.ruleSetVersion });
  const snapshot = <Schema extends z.ZodType>(section: string, schema: Schema, stored: string | null) =>
    stored === null ? null : readStoredDocument('meldcodeCase', schema, stored, () => schema.parse({}) as z.output<Schema>, onUnreadable(section));
  return {
    input: readStoredDocument('meldcodeCase', meldcodeInputSchema, row.input, openInput, onUnreadable('decision.input')),
    computed: readStoredDocument('meldcodeCase', meldcodeDecisionSchema, row.computed, openResult, onUnreadable('decision.computed')),
    chosenOutcomes: readStoredDocument('meldcodeCase', storedOutcomesSchema, row.chosenOutcomes, () => [], onUnreadable('decision.chosenOutcomes')),
    answers: snapshot('decision.answers', storedCaseDecisionAnswersSchema, row.answers),
    weighing: snapshot('decision.weighing', storedCaseWeighingSchema, row.weighing),
  };
}


/** Newest first per case. */
export function listDecisions(db: Db, caseIds: readonly string[], report?: ReportUnreadable): Map<string, StoredDecision[]> {
  const rows = db
    .select({
      id: meldcodeDecisions.id,
      caseId: meldcodeDecisions.caseId,
      input: storedJson(meldcodeDecisions.input),
      computed: storedJson(meldcodeDecisions.computed),
      chosenOutcomes: storedJson(meldcodeDecisions.chosenOutcomes),
      answers: meldcodeDecisions.answers,
      weighing: meldcodeDecisions.weighing,
      deviationReason: meldcodeDecisions.deviationReason,
      ruleSetVersion: meldcodeDecisions.ruleSetVersion,
      countersignRequired: meldcodeDecisions.countersignRequired,
      confirmedAt: meldcodeDecisions.confirmedAt,
      confirmedByName: confirmer.name,
      countersignedAt: meldcodeCountersignatures.signedAt,
      countersignedByName: signer.name,
    })
    .from(meldcodeDecisions)
    .innerJoin(confirmer, eq(confirmer.id, meldcodeDecisions.confirmedBy))
    .leftJoin(meldcodeCountersignatures, eq(meldcodeCountersignatures.decisionId, meldcodeDecisions.id))
    .leftJoin(signer, eq(signer.id, meldcodeCountersignatures.signedBy))
    .where(inArray(meldcodeDecisions.caseId, [...caseIds]))
    .orderBy(desc(meldcodeDecisions.confirmedAt), desc(rowOrder(meldcodeDecisions)))
    .all();
  return groupByCase(rows, (row) => ({
    id: row.id,
    decidedAt: row.confirmedAt,
    ...readDecision({ ...row, report }),
    deviationReason: row.deviationReason,
    confirmedByName: row.confirmedByName,
    countersignRequired: row.countersignRequired,
    countersignedAt: row.countersignedAt,
    countersignedByName: row.countersignedByName,
    // Depends on who looks: the service sets it for the signed-in user.
    mayCountersign: false,
  }));
}

/** The decision's case and who confirmed it, for the countersignature's checks. */
export function findDecisionSigning(db: Db, decisionId: string): { caseId: string; confirmedBy: string; signed: boolean } | undefined {
  const row = db
    .select({ caseId: meldcodeDecisions.caseId, confirmedBy: meldcodeDecisions.confirmedBy, signatureId: meldcodeCountersignatures.id })
    .from(meldcodeDecisions)
    .leftJoin(meldcodeCountersignatures, eq(meldcodeCountersignatures.decisionId, meldcodeDecisions.id))
    .where(eq(meldcodeDecisions.id, decisionId))
    .get();
  return row ? { caseId: row.caseId, confirmedBy: row.confirmedBy, signed: row.signatureId !== null } : undefined;
}
