import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, sql, type SQLWrapper } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import {
  meldcodeAnswerKeys,
  meldcodeDecisionSchema,
  meldcodeInputSchema,
  meldcodeOutcomes,
  storedCaseConversationSchema,
  storedCaseDecisionAnswersSchema,
  storedCaseHelpPlanSchema,
  storedCaseReportSchema,
  storedCaseSignalsSchema,
  storedCaseWeighingSchema,
  type CaseLogEntry,
  type CaseSignals,
  type CaseUpdate,
  type Consultation,
  type ConsultantKind,
  type FollowUp,
  type MeldcodeAnswerKey,
  type MeldcodeCase,
  type MeldcodeDecision,
  type MeldcodeInput,
  type MeldcodeStep,
  type NewConsultation,
  type NewFollowUp,
  type Outcome,
  type StoredDecision,
  type SuspicionKind,
} from '../../preload/contract';
import type { Db } from '../client';
import { meldcodeCaseLog, meldcodeCases, meldcodeConsultations, meldcodeCountersignatures, meldcodeDecisions, meldcodeFollowUps, users, youths } from '../schema';
import { readStoredDocument, storedJson, type ReportUnreadable } from '../storedDocument';
import { scopeCondition, type YouthScope } from './youths';

/** Insertion order, the tiebreak for rows stamped in the same millisecond. */
const rowOrder = (table: SQLWrapper) => sql`${table}.rowid`;

/** One part of a case and its new value, as a save names it. */
export type CasePartValue = CaseUpdate extends infer Update ? (Update extends { part: infer Part; value: infer Value } ? { part: Part; value: Value } : never) : never;

export interface NewCaseRow {
  youthId: string;
  suspicion: SuspicionKind;
  title: string;
  signals: CaseSignals;
  openedAt: string;
  openedBy: string;
}

/** Opens a case; its later parts are null until first saved. */
export function insertCase(db: Db, row: NewCaseRow): string {
  const id = randomUUID();
  db.insert(meldcodeCases)
    .values({
      id,
      youthId: row.youthId,
      suspicion: row.suspicion,
      title: row.title,
      status: 'open',
      openedAt: row.openedAt,
      openedBy: row.openedBy,
      closedAt: null,
      closedBy: null,
      closeReason: '',
      signals: JSON.stringify(row.signals),
      conversation: null,
      weighing: null,
      decisionAnswers: null,
      helpPlan: null,
      report: null,
      updatedAt: row.openedAt,
      lastActivityAt: row.openedAt,
    })
    .run();
  return id;
}

/** The stamp every save and addition gives the case: a new `updatedAt` and the moment of the activity. */
export interface CaseStamp {
  updatedAt: string;
  now: string;
}

/** Saves one part, as JSON text (read back leniently), and stamps the case. */
export function updateCasePart(db: Db, caseId: string, change: CasePartValue, stamp: CaseStamp): void {
  db.update(meldcodeCases)
    .set({ [change.part]: JSON.stringify(change.value), updatedAt: stamp.updatedAt, lastActivityAt: stamp.now })
    .where(eq(meldcodeCases.id, caseId))
    .run();
}

/** An addition (consultation, follow-up, decision, countersignature) changes the case too. */
export function stampCase(db: Db, caseId: string, stamp: CaseStamp): void {
  db.update(meldcodeCases).set({ updatedAt: stamp.updatedAt, lastActivityAt: stamp.now }).where(eq(meldcodeCases.id, caseId)).run();
}

export function closeCaseRow(db: Db, caseId: string, close: CaseStamp & { userId: string; reason: string }): void {
  db.update(meldcodeCases)
    .set({ status: 'closed', closedAt: close.now, closedBy: close.userId, closeReason: close.reason, updatedAt: close.updatedAt, lastActivityAt: close.now })
    .where(eq(meldcodeCases.id, caseId))
    .run();
}

interface Recorded {
  recordedAt: string;
  recordedBy: string;
}

export function appendConsultation(db: Db, consultation: NewConsultation & Recorded): string {
  const id = randomUUID();
  db.insert(meldcodeConsultations)
    .values({
      id,
      caseId: consultation.caseId,
      heldOn: consultation.heldOn,
      consultantKind: consultation.consultantKind,
      withWhom: consultation.withWhom,
      anonymous: consultation.anonymous,
      questions: consultation.questions,
      advice: consultation.advice,
      agreements: consultation.agreements,
      recordedAt: consultation.recordedAt,
      recordedBy: consultation.recordedBy,
    })
    .run();
  return id;
}

export function appendFollowUp(db: Db, followUp: NewFollowUp & Recorded): string {
  const id = randomUUID();
  db.insert(meldcodeFollowUps)
    .values({
      id,
      caseId: followUp.caseId,
      heldOn: followUp.heldOn,
      helpEffective: followUp.helpEffective,
      note: followUp.note,
      recordedAt: followUp.recordedAt,
      recordedBy: followUp.recordedBy,
    })
    .run();
  return id;
}

export interface NewDecisionRow {
  caseId: string;
  input: MeldcodeInput;
  computed: MeldcodeDecision;
  chosenOutcomes: Outcome[];
  deviationReason: string;
  countersignRequired: boolean;
  confirmedAt: string;
  confirmedBy: string;
}

export function appendDecision(db: Db, decision: NewDecisionRow): string {
  const id = randomUUID();
  db.insert(meldcodeDecisions)
    .values({ id, ...decision, ruleSetVersion: decision.computed.ruleSetVersion })
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

export function appendCaseLog(db: Db, entry: { caseId: string; at: string; by: string; step: MeldcodeStep | null; text: string }): string {
  const id = randomUUID();
  db.insert(meldcodeCaseLog)
    .values({ id, ...entry })
    .run();
  return id;
}

const opener = alias(users, 'opener');
const closer = alias(users, 'closer');

const caseColumns = {
  id: meldcodeCases.id,
  youthId: meldcodeCases.youthId,
  suspicion: meldcodeCases.suspicion,
  title: meldcodeCases.title,
  status: meldcodeCases.status,
  openedAt: meldcodeCases.openedAt,
  openedByName: opener.name,
  closedAt: meldcodeCases.closedAt,
  closedByName: closer.name,
  closeReason: meldcodeCases.closeReason,
  signals: meldcodeCases.signals,
  conversation: meldcodeCases.conversation,
  weighing: meldcodeCases.weighing,
  decisionAnswers: meldcodeCases.decisionAnswers,
  helpPlan: meldcodeCases.helpPlan,
  report: meldcodeCases.report,
  updatedAt: meldcodeCases.updatedAt,
  lastActivityAt: meldcodeCases.lastActivityAt,
  firstName: youths.firstName,
  lastName: youths.lastName,
};

function caseRows(db: Db) {
  return db
    .select(caseColumns)
    .from(meldcodeCases)
    .innerJoin(youths, eq(youths.id, meldcodeCases.youthId))
    .innerJoin(opener, eq(opener.id, meldcodeCases.openedBy))
    .leftJoin(closer, eq(closer.id, meldcodeCases.closedBy));
}

type CaseRow = ReturnType<ReturnType<typeof caseRows>['all']>[number];

/**
 * Each part read alone and without today's rules, so one that cannot be read (corrupt, or from a
 * newer version) shows its defaults and the rest of the case still opens. A part never saved is null.
 */
function readParts(row: CaseRow, report?: ReportUnreadable) {
  const read = <Schema extends z.ZodType>(section: string, schema: Schema, stored: string | null) =>
    stored === null
      ? null
      : readStoredDocument('meldcodeCase', schema, stored, () => schema.parse({}) as z.output<Schema>, (unreadable) => report?.({ ...unreadable, section }));
  return {
    signals: read('signals', storedCaseSignalsSchema, row.signals) ?? storedCaseSignalsSchema.parse({}),
    conversation: read('conversation', storedCaseConversationSchema, row.conversation),
    weighing: read('weighing', storedCaseWeighingSchema, row.weighing),
    decisionAnswers: read('decisionAnswers', storedCaseDecisionAnswersSchema, row.decisionAnswers),
    helpPlan: read('helpPlan', storedCaseHelpPlanSchema, row.helpPlan),
    report: read('report', storedCaseReportSchema, row.report),
  } satisfies Pick<MeldcodeCase, 'signals' | 'conversation' | 'weighing' | 'decisionAnswers' | 'helpPlan' | 'report'>;
}

function listConsultations(db: Db, caseId: string): Consultation[] {
  return db
    .select({
      id: meldcodeConsultations.id,
      heldOn: meldcodeConsultations.heldOn,
      consultantKind: meldcodeConsultations.consultantKind,
      withWhom: meldcodeConsultations.withWhom,
      anonymous: meldcodeConsultations.anonymous,
      questions: meldcodeConsultations.questions,
      advice: meldcodeConsultations.advice,
      agreements: meldcodeConsultations.agreements,
      recordedAt: meldcodeConsultations.recordedAt,
      recordedByName: users.name,
    })
    .from(meldcodeConsultations)
    .innerJoin(users, eq(users.id, meldcodeConsultations.recordedBy))
    .where(eq(meldcodeConsultations.caseId, caseId))
    .orderBy(asc(meldcodeConsultations.heldOn), asc(rowOrder(meldcodeConsultations)))
    .all()
    .map((row) => ({ ...row, consultantKind: row.consultantKind as ConsultantKind }));
}

function listFollowUps(db: Db, caseId: string): FollowUp[] {
  return db
    .select({
      id: meldcodeFollowUps.id,
      heldOn: meldcodeFollowUps.heldOn,
      helpEffective: meldcodeFollowUps.helpEffective,
      note: meldcodeFollowUps.note,
      recordedAt: meldcodeFollowUps.recordedAt,
      recordedByName: users.name,
    })
    .from(meldcodeFollowUps)
    .innerJoin(users, eq(users.id, meldcodeFollowUps.recordedBy))
    .where(eq(meldcodeFollowUps.caseId, caseId))
    .orderBy(asc(meldcodeFollowUps.heldOn), asc(rowOrder(meldcodeFollowUps)))
    .all();
}

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
  ruleSetVersion: string;
  confirmedAt: string;
  report?: ReportUnreadable;
}): Pick<StoredDecision, 'input' | 'computed' | 'chosenOutcomes'> {
  const onUnreadable = (section: string) => (unreadable: Parameters<ReportUnreadable>[0]) => row.report?.({ ...unreadable, section });
  const day = row.confirmedAt.slice(0, 10);
  const unanswered = Object.fromEntries(meldcodeAnswerKeys.map((key) => [key, null])) as Record<MeldcodeAnswerKey, null>;
  const openInput = (): MeldcodeInput => ({ ...unanswered, conflictOfDutiesAnswered: false, decisionDate: day, dateOfBirth: day });
  const openResult = (): MeldcodeDecision => ({ status: 'incomplete', framework: 'minor', outcomes: [], alsoConsider: [], missing: [], trace: [], ruleSetVersion: row.ruleSetVersion });
  return {
    input: readStoredDocument('meldcodeCase', meldcodeInputSchema, row.input, openInput, onUnreadable('decision.input')),
    computed: readStoredDocument('meldcodeCase', meldcodeDecisionSchema, row.computed, openResult, onUnreadable('decision.computed')),
    chosenOutcomes: readStoredDocument('meldcodeCase', storedOutcomesSchema, row.chosenOutcomes, () => [], onUnreadable('decision.chosenOutcomes')),
  };
}

/** Newest first. */
function listDecisions(db: Db, caseId: string, report?: ReportUnreadable): StoredDecision[] {
  return db
    .select({
      id: meldcodeDecisions.id,
      input: storedJson(meldcodeDecisions.input),
      computed: storedJson(meldcodeDecisions.computed),
      chosenOutcomes: storedJson(meldcodeDecisions.chosenOutcomes),
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
    .where(eq(meldcodeDecisions.caseId, caseId))
    .orderBy(desc(meldcodeDecisions.confirmedAt), desc(rowOrder(meldcodeDecisions)))
    .all()
    .map((row) => ({
      id: row.id,
      decidedAt: row.confirmedAt,
      ...readDecision({ ...row, report }),
      deviationReason: row.deviationReason,
      confirmedByName: row.confirmedByName,
      countersignRequired: row.countersignRequired,
      countersignedAt: row.countersignedAt,
      countersignedByName: row.countersignedByName,
    }));
}

/** Oldest first: the log as it grew. */
function listCaseLog(db: Db, caseId: string): CaseLogEntry[] {
  return db
    .select({ id: meldcodeCaseLog.id, at: meldcodeCaseLog.at, byName: users.name, step: meldcodeCaseLog.step, text: meldcodeCaseLog.text })
    .from(meldcodeCaseLog)
    .innerJoin(users, eq(users.id, meldcodeCaseLog.by))
    .where(eq(meldcodeCaseLog.caseId, caseId))
    .orderBy(asc(meldcodeCaseLog.at), asc(rowOrder(meldcodeCaseLog)))
    .all();
}

/** A case with its youth's name and the moment of its last activity. */
export interface CaseRecord {
  case: MeldcodeCase;
  youthName: string;
  lastActivityAt: string;
}

function toRecord(db: Db, row: CaseRow, report?: ReportUnreadable): CaseRecord {
  return {
    youthName: `${row.firstName} ${row.lastName}`,
    lastActivityAt: row.lastActivityAt,
    case: {
      id: row.id,
      youthId: row.youthId,
      suspicion: row.suspicion,
      title: row.title,
      status: row.status,
      openedAt: row.openedAt,
      openedByName: row.openedByName,
      closedAt: row.closedAt,
      closedByName: row.closedByName,
      closeReason: row.closeReason,
      ...readParts(row, report),
      consultations: listConsultations(db, row.id),
      followUps: listFollowUps(db, row.id),
      decisions: listDecisions(db, row.id, report),
      log: listCaseLog(db, row.id),
      updatedAt: row.updatedAt,
    },
  };
}

export function findCase(db: Db, caseId: string, report?: ReportUnreadable): CaseRecord | undefined {
  const row = caseRows(db).where(eq(meldcodeCases.id, caseId)).get();
  return row ? toRecord(db, row, report) : undefined;
}

/** Every case of the youth, newest opened first (meldcode_cases_youth_idx). */
export function listCasesOfYouth(db: Db, youthId: string, report?: ReportUnreadable): CaseRecord[] {
  return caseRows(db)
    .where(eq(meldcodeCases.youthId, youthId))
    .orderBy(desc(meldcodeCases.openedAt))
    .all()
    .map((row) => toRecord(db, row, report));
}

/** A literal, not a parameter: SQLite uses the partial index meldcode_cases_open_idx only for the condition it was made with. */
export const isOpen = sql`${meldcodeCases.status} = 'open'`;

/** The open cases of the youths in scope, newest opened first. */
export function listOpenCases(db: Db, scope: YouthScope, report?: ReportUnreadable): CaseRecord[] {
  return caseRows(db)
    .where(and(isOpen, scopeCondition(scope)))
    .orderBy(desc(meldcodeCases.openedAt))
    .all()
    .map((row) => toRecord(db, row, report));
}

/** Whose case it is, for the access check and a refused attempt's log entry. */
export function findCaseYouthId(db: Db, caseId: string): string | undefined {
  return db.select({ youthId: meldcodeCases.youthId }).from(meldcodeCases).where(eq(meldcodeCases.id, caseId)).get()?.youthId;
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

/** Who wrote the case's newest log entry and when: every change appends one, so it names the last saver. */
export function lastCaseChange(db: Db, caseId: string): { at: string; byName: string } | undefined {
  return db
    .select({ at: meldcodeCaseLog.at, byName: users.name })
    .from(meldcodeCaseLog)
    .innerJoin(users, eq(users.id, meldcodeCaseLog.by))
    .where(eq(meldcodeCaseLog.caseId, caseId))
    .orderBy(desc(meldcodeCaseLog.at), desc(rowOrder(meldcodeCaseLog)))
    .limit(1)
    .get();
}
