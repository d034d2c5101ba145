import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import {
  storedCaseConversationSchema,
  storedCaseDecisionAnswersSchema,
  storedCaseSignalsSchema,
  storedCaseWeighingSchema,
  type CaseLogEntry,
  type CaseSignals,
  type CaseUpdate,
  type Consultation,
  type ConsultantKind,
  type FollowUp,
  type MeldcodeCase,
  type MeldcodeStep,
  type NewConsultation,
  type NewFollowUp,
  type SuspicionKind,
} from '../../preload/contract';
import type { Db } from '../client';
import { meldcodeCaseLog, meldcodeCases, meldcodeConsultations, meldcodeFollowUps, users, youths } from '../schema';
import { readStoredDocument, type ReportUnreadable } from '../storedDocument';
import { groupByCase, listDecisions, listHelpPlanRecords, listReportRecords, rowOrder } from './meldcodeDecisions';
import { scopeCondition, type YouthScope } from './youths';

/** One part of a case kept in the case row (5a and 5b are records of their own) and its new value, as a save names it. */
export type CasePartValue = CaseUpdate extends infer Update
  ? Update extends { part: infer Part; value: infer Value }
    ? Part extends 'helpPlan' | 'report'
      ? never
      : { part: Part; value: Value }
    : never
  : never;

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
  } satisfies Pick<MeldcodeCase, 'signals' | 'conversation' | 'weighing' | 'decisionAnswers'>;
}

function listConsultations(db: Db, caseIds: readonly string[]): Map<string, Consultation[]> {
  const rows = db
    .select({
      id: meldcodeConsultations.id,
      caseId: meldcodeConsultations.caseId,
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
    .where(inArray(meldcodeConsultations.caseId, [...caseIds]))
    .orderBy(asc(meldcodeConsultations.heldOn), asc(rowOrder(meldcodeConsultations)))
    .all();
  return groupByCase(rows, ({ caseId: _caseId, ...row }) => ({ ...row, consultantKind: row.consultantKind as ConsultantKind }));
}

function listFollowUps(db: Db, caseIds: readonly string[]): Map<string, FollowUp[]> {
  const rows = db
    .select({
      id: meldcodeFollowUps.id,
      caseId: meldcodeFollowUps.caseId,
      heldOn: meldcodeFollowUps.heldOn,
      helpEffective: meldcodeFollowUps.helpEffective,
      note: meldcodeFollowUps.note,
      recordedAt: meldcodeFollowUps.recordedAt,
      recordedByName: users.name,
    })
    .from(meldcodeFollowUps)
    .innerJoin(users, eq(users.id, meldcodeFollowUps.recordedBy))
    .where(inArray(meldcodeFollowUps.caseId, [...caseIds]))
    .orderBy(asc(meldcodeFollowUps.heldOn), asc(rowOrder(meldcodeFollowUps)))
    .all();
  return groupByCase(rows, ({ caseId: _caseId, ...row }) => row);
}

/** Oldest first: the log as it grew. */
function listCaseLog(db: Db, caseIds: readonly string[]): Map<string, CaseLogEntry[]> {
  const rows = db
    .select({ id: meldcodeCaseLog.id, caseId: meldcodeCaseLog.caseId, at: meldcodeCaseLog.at, byName: users.name, step: meldcodeCaseLog.step, text: meldcodeCaseLog.text })
    .from(meldcodeCaseLog)
    .innerJoin(users, eq(users.id, meldcodeCaseLog.by))
    .where(inArray(meldcodeCaseLog.caseId, [...caseIds]))
    .orderBy(asc(meldcodeCaseLog.at), asc(rowOrder(meldcodeCaseLog)))
    .all();
  return groupByCase(rows, ({ caseId: _caseId, ...row }) => row);
}

/** A case with its youth's name and the moment of its last activity. */
export interface CaseRecord {
  case: MeldcodeCase;
  youthName: string;
  lastActivityAt: string;
}

/**
 * The cases of these rows with everything added to them: one query per kind of addition for all
 * the cases together, never one per case. 5a and 5b show the newest record of the newest decision.
 */
function toRecords(db: Db, rows: CaseRow[], report?: ReportUnreadable): CaseRecord[] {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) return [];
  const consultations = listConsultations(db, ids);
  const followUps = listFollowUps(db, ids);
  const decisions = listDecisions(db, ids, report);
  const helpPlans = listHelpPlanRecords(db, ids, report);
  const reports = listReportRecords(db, ids, report);
  const logs = listCaseLog(db, ids);
  return rows.map((row) => {
    const caseDecisions = decisions.get(row.id) ?? [];
    const ofNewest = <Value>(records: readonly { decisionId: string; value: Value }[]): Value | null =>
      records.filter((record) => record.decisionId === caseDecisions[0]?.id).at(-1)?.value ?? null;
    const helpPlanHistory = helpPlans.get(row.id) ?? [];
    const reportHistory = reports.get(row.id) ?? [];
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
        helpPlan: ofNewest(helpPlanHistory),
        report: ofNewest(reportHistory),
        helpPlanHistory,
        reportHistory,
        consultations: consultations.get(row.id) ?? [],
        followUps: followUps.get(row.id) ?? [],
        decisions: caseDecisions,
        log: logs.get(row.id) ?? [],
        updatedAt: row.updatedAt,
      },
    };
  });
}

export function findCase(db: Db, caseId: string, report?: ReportUnreadable): CaseRecord | undefined {
  return toRecords(db, caseRows(db).where(eq(meldcodeCases.id, caseId)).all(), report)[0];
}

/** Every case of the youth, newest opened first (meldcode_cases_youth_idx). */
export function listCasesOfYouth(db: Db, youthId: string, report?: ReportUnreadable): CaseRecord[] {
  return toRecords(db, caseRows(db).where(eq(meldcodeCases.youthId, youthId)).orderBy(desc(meldcodeCases.openedAt)).all(), report);
}

/** A literal, not a parameter: SQLite uses the partial index meldcode_cases_open_idx only for the condition it was made with. */
export const isOpen = sql`${meldcodeCases.status} = 'open'`;

/** The open cases of the youths in scope, newest opened first. */
export function listOpenCases(db: Db, scope: YouthScope, report?: ReportUnreadable): CaseRecord[] {
  return toRecords(db, caseRows(db).where(and(isOpen, scopeCondition(scope))).orderBy(desc(meldcodeCases.openedAt)).all(), report);
}

/** Whose case it is, for the access check and a refused attempt's log entry. */
export function findCaseYouthId(db: Db, caseId: string): string | undefined {
  return db.select({ youthId: meldcodeCases.youthId }).from(meldcodeCases).where(eq(meldcodeCases.id, caseId)).get()?.youthId;
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
