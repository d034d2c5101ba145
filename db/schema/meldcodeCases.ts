import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { CaseStatus, MeldcodeDecision, MeldcodeInput, Outcome, SuspicionKind } from '../../preload/contract';
import { users } from './users';
import { youths } from './youths';

/**
 * One meldcode case (meldcodetraject) per row. Each part of the steps is a JSON document
 * (preload/contract/meldcodeCase.ts), read leniently; null until the part is first saved.
 * What is only ever added (consultations, follow-ups, decisions, countersignatures, 5a and 5b
 * records, the case log) lives in append-only tables beside it.
 */
export const meldcodeCases = sqliteTable(
  'meldcode_cases',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    suspicion: text('suspicion').$type<SuspicionKind>().notNull(),
    title: text('title').notNull(),
    status: text('status').$type<CaseStatus>().notNull(),
    openedAt: text('opened_at').notNull(),
    openedBy: text('opened_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    closedAt: text('closed_at'),
    closedBy: text('closed_by').references(() => users.id, { onDelete: 'restrict' }),
    closeReason: text('close_reason').notNull(),
    signals: text('signals').notNull(),
    conversation: text('conversation'),
    weighing: text('weighing'),
    decisionAnswers: text('decision_answers'),
    updatedAt: text('updated_at').notNull(),
    /** Every save and every addition moves it: the start screen's "idle too long" reminder. */
    lastActivityAt: text('last_activity_at').notNull(),
  },
  (table) => [
    index('meldcode_cases_youth_idx').on(table.youthId, table.openedAt),
    // The start screen reads the open cases of every visible youth.
    index('meldcode_cases_open_idx').on(table.youthId).where(sql`${table.status} = 'open'`),
  ],
);

/** Step 2: append-only (triggers in migration 0010). */
export const meldcodeConsultations = sqliteTable(
  'meldcode_consultations',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => meldcodeCases.id, { onDelete: 'restrict' }),
    heldOn: text('held_on').notNull(),
    consultantKind: text('consultant_kind').notNull(),
    withWhom: text('with_whom').notNull(),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull(),
    questions: text('questions').notNull(),
    advice: text('advice').notNull(),
    agreements: text('agreements').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [index('meldcode_consultations_case_idx').on(table.caseId, table.heldOn)],
);

/** 5a monitoring moments: append-only (triggers in migration 0010). */
export const meldcodeFollowUps = sqliteTable(
  'meldcode_follow_ups',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => meldcodeCases.id, { onDelete: 'restrict' }),
    heldOn: text('held_on').notNull(),
    helpEffective: integer('help_effective', { mode: 'boolean' }).notNull(),
    note: text('note').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [index('meldcode_follow_ups_case_idx').on(table.caseId, table.heldOn)],
);

/** Confirmed step-5 decisions with the engine's inputs and result as they were: append-only (migration 0010). */
export const meldcodeDecisions = sqliteTable(
  'meldcode_decisions',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => meldcodeCases.id, { onDelete: 'restrict' }),
    input: text('input', { mode: 'json' }).$type<MeldcodeInput>().notNull(),
    computed: text('computed', { mode: 'json' }).$type<MeldcodeDecision>().notNull(),
    chosenOutcomes: text('chosen_outcomes', { mode: 'json' }).$type<Outcome[]>().notNull(),
    /** Step 5's answers and step 4's weighing as they were (JSON text, read leniently); null when not saved then. */
    answers: text('answers'),
    weighing: text('weighing'),
    /** '' when the user confirmed the engine's outcome. */
    deviationReason: text('deviation_reason').notNull(),
    ruleSetVersion: text('rule_set_version').notNull(),
    countersignRequired: integer('countersign_required', { mode: 'boolean' }).notNull(),
    confirmedAt: text('confirmed_at').notNull(),
    confirmedBy: text('confirmed_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [index('meldcode_decisions_case_idx').on(table.caseId, table.confirmedAt)],
);

/** The columns of a 5a or 5b record: a JSON document tied to the decision it follows through. */
const stepRecordColumns = () => ({
  id: text('id').primaryKey(),
  caseId: text('case_id')
    .notNull()
    .references(() => meldcodeCases.id, { onDelete: 'restrict' }),
  decisionId: text('decision_id')
    .notNull()
    .references(() => meldcodeDecisions.id, { onDelete: 'restrict' }),
  content: text('content').notNull(),
  recordedAt: text('recorded_at').notNull(),
  recordedBy: text('recorded_by')
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' }),
});

/** 5a help plans: append-only, a correction is a new row for the same decision (migration 0010). */
export const meldcodeHelpPlans = sqliteTable('meldcode_help_plans', stepRecordColumns(), (table) => [index('meldcode_help_plans_case_idx').on(table.caseId, table.recordedAt)]);

/** 5b reports as they were made: append-only, a correction is a new row for the same decision (migration 0010). */
export const meldcodeReports = sqliteTable('meldcode_reports', stepRecordColumns(), (table) => [index('meldcode_reports_case_idx').on(table.caseId, table.recordedAt)]);

/** A team lead's or the aandachtsfunctionaris's second signature on a decision: append-only, one per decision. */
export const meldcodeCountersignatures = sqliteTable(
  'meldcode_countersignatures',
  {
    id: text('id').primaryKey(),
    decisionId: text('decision_id')
      .notNull()
      .references(() => meldcodeDecisions.id, { onDelete: 'restrict' }),
    signedAt: text('signed_at').notNull(),
    signedBy: text('signed_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [uniqueIndex('meldcode_countersignatures_decision_unique').on(table.decisionId)],
);

/** The case log (dossierlog): one Dutch sentence per step taken, never edited (migration 0010). */
export const meldcodeCaseLog = sqliteTable(
  'meldcode_case_log',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => meldcodeCases.id, { onDelete: 'restrict' }),
    at: text('at').notNull(),
    by: text('by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** Null for opening and closing the case. */
    step: integer('step'),
    text: text('text').notNull(),
  },
  (table) => [index('meldcode_case_log_case_idx').on(table.caseId, table.at)],
);
