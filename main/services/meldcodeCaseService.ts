import type { Db } from '../../db/client';
import {
  appendCaseLog,
  appendConsultation,
  appendFollowUp,
  closeCaseRow,
  findCase,
  findCaseYouthId,
  insertCase,
  lastCaseChange,
  listCasesOfYouth,
  listOpenCases,
  stampCase,
  updateCasePart,
  type CaseRecord,
} from '../../db/repositories/meldcodeCases';
import { appendCountersignature, appendDecision, appendStepRecord, findDecisionSigning } from '../../db/repositories/meldcodeDecisions';
import { readSettings } from '../../db/repositories/settings';
import { listSignals } from '../../db/repositories/signals';
import {
  meldcodeQuestions,
  meldcodeSteps,
  reportChannelLabels,
  type CaseDecisionAnswers,
  type CaseHelpPlan,
  type CaseReport,
  type CaseSummary,
  type CaseUpdate,
  type CaseView,
  type ConfirmDecision,
  type MeldcodeCase,
  type MeldcodeDecision,
  type NewConsultation,
  type NewFollowUp,
  type OpenCase,
  type StoredDecision,
  type Youth,
  type YouthAccess,
} from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { can } from '../domain/access/permissions';
import { momentInWords as inWords } from '../domain/dates/momentInWords';
import { caseDecisionInput } from '../domain/meldcode/caseDecisionInput';
import { caseLogText, type CaseLogLine } from '../domain/meldcode/caseLogText';
import { countersignNeeded } from '../domain/meldcode/countersignNeeded';
import { currentSignalIds } from '../domain/meldcode/currentSignalIds';
import { decideMeldcode } from '../domain/meldcode/decide';
import { followThroughMissing, stepRecordRefusal } from '../domain/meldcode/followThrough';
import { caseStepStatuses, currentStep } from '../domain/meldcode/stepStatuses';
import { nextUpdatedAt } from '../domain/youths/nextUpdatedAt';
import { AppError, appMessages } from '../errors/AppError';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import type { AccessEvent } from './audit/recordAccess';
import { runAudited } from './audit/runAudited';
import type { ServiceContext, UnlockedSession } from './context';
import { meldcodeMessages } from './meldcodeMessages';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess, scopeOf } from './youthService';
import { underAccess } from './audit/underAccess';

/** The log entry's case, youth, reason and details; work under emergency access carries its reason. */
function caseEvent(caseId: string | null, youthId: string, access: YouthAccess, details: string): Omit<AccessEvent, 'action'> {
  const about = { objectType: 'meldcodeCase' as const, objectId: caseId, youthId };
  return { ...about, ...underAccess(access, details) };
}

/** The case log says when work was done under emergency access, as the access log does. */
function lineUnderAccess(line: CaseLogLine, access: YouthAccess): CaseLogLine {
  return access.kind === 'emergency' ? { ...line, text: `${line.text} (via noodtoegang)` } : line;
}

/** A refused call names the case's youth, when the case still exists. */
const refusedCase =
  (caseId: string, attempt: string) =>
  (db: Db): RefusedAttempt => ({ attempt, objectType: 'meldcodeCase', objectId: caseId, youthId: findCaseYouthId(db, caseId) ?? null });

interface OpenedCase {
  record: CaseRecord;
  youth: Youth;
  access: YouthAccess;
}

/** The case, if this user may see its youth; refuses as opening the file would, before anything of the case is read. */
function requireCase(context: ServiceContext, db: Db, session: UnlockedSession, caseId: string): OpenedCase {
  const youthId = findCaseYouthId(db, caseId);
  if (youthId === undefined) throw new AppError('NOT_FOUND', meldcodeMessages.caseNotFound);
  const { youth, access } = requireAccess(context, db, session, youthId);
  const record = findCase(db, caseId, logUnreadableDocuments(context.config.logger));
  if (!record) throw new AppError('NOT_FOUND', meldcodeMessages.caseNotFound);
  return { record, youth, access };
}

function assertOpen(meldcodeCase: MeldcodeCase): void {
  if (meldcodeCase.status === 'closed') throw new AppError('CONFLICT', meldcodeMessages.caseClosed(inWords(meldcodeCase.closedAt ?? ''), meldcodeCase.closedByName));
}

/** A save that did not start from the stored case is refused, naming who changed it last and when. */
function assertUnchangedSince(db: Db, meldcodeCase: MeldcodeCase, basedOnUpdatedAt: string): void {
  if (meldcodeCase.updatedAt === basedOnUpdatedAt) return;
  const last = lastCaseChange(db, meldcodeCase.id);
  throw new AppError('CONFLICT', meldcodeMessages.caseConflict(inWords(last?.at ?? meldcodeCase.updatedAt), last?.byName ?? null));
}

/** Step 1 takes only this youth's own signals (current or corrected ones). */
function assertOwnSignals(db: Db, youthId: string, signalIds: readonly string[], field: string): void {
  const own = new Set(listSignals(db, youthId).map((signal) => signal.id));
  if (signalIds.some((id) => !own.has(id))) throw new AppError('VALIDATION', appMessages.invalidInput, { [field]: meldcodeMessages.signalNotOfYouth });
}

/** The engine on the case as stored, dated today; `answers` stands in for step 5's saved answers when given. */
function decideNow(context: ServiceContext, meldcodeCase: MeldcodeCase, youth: Youth, answers: CaseDecisionAnswers | null = meldcodeCase.decisionAnswers): MeldcodeDecision {
  return decideMeldcode(
    caseDecisionInput({
      today: localTodayIso(context.now()),
      dateOfBirth: youth.dateOfBirth,
      weighing: meldcodeCase.weighing,
      decisionAnswers: answers,
      followUps: meldcodeCase.followUps,
      decisions: meldcodeCase.decisions,
    }),
  );
}

/** Whether the signed-in user may countersign this decision now: their role, someone else's decision, still waiting. */
function mayCountersign(db: Db, session: UnlockedSession, decision: StoredDecision): boolean {
  if (!decision.countersignRequired || decision.countersignedAt !== null || !can(session.user.role, 'countersignDecisions')) return false;
  return findDecisionSigning(db, decision.id)?.confirmedBy !== session.user.id;
}

/** The case as this user sees it: step 1's signals as their newest corrections, and which decisions they may countersign. */
function asSeenBy(db: Db, session: UnlockedSession, meldcodeCase: MeldcodeCase): MeldcodeCase {
  const signalIds = currentSignalIds(meldcodeCase.signals.signalIds, listSignals(db, meldcodeCase.youthId));
  return {
    ...meldcodeCase,
    signals: { ...meldcodeCase.signals, signalIds },
    decisions: meldcodeCase.decisions.map((decision) => ({ ...decision, mayCountersign: mayCountersign(db, session, decision) })),
  };
}

function caseView(context: ServiceContext, db: Db, session: UnlockedSession, { record, youth }: Pick<OpenedCase, 'record' | 'youth'>): CaseView {
  const meldcodeCase = asSeenBy(db, session, record.case);
  const statuses = caseStepStatuses(meldcodeCase);
  return {
    case: meldcodeCase,
    youthName: record.youthName,
    dateOfBirth: youth.dateOfBirth,
    steps: meldcodeSteps.map((step) => ({ step, status: statuses[step] })),
    preview: decideNow(context, meldcodeCase, youth),
    countersignPolicy: readSettings(db).countersignDecisions,
  };
}

function reread(context: ServiceContext, db: Db, session: UnlockedSession, opened: Pick<OpenedCase, 'record' | 'youth'>): CaseView {
  const record = findCase(db, opened.record.case.id, logUnreadableDocuments(context.config.logger));
  if (!record) throw new Error('A meldcode case just saved could not be read back.');
  return caseView(context, db, session, { record, youth: opened.youth });
}

function toSummary(record: CaseRecord): CaseSummary {
  const { case: meldcodeCase } = record;
  return {
    id: meldcodeCase.id,
    youthId: meldcodeCase.youthId,
    youthName: record.youthName,
    suspicion: meldcodeCase.suspicion,
    title: meldcodeCase.title,
    status: meldcodeCase.status,
    currentStep: currentStep(caseStepStatuses(meldcodeCase)),
    openedAt: meldcodeCase.openedAt,
    lastActivityAt: record.lastActivityAt,
  };
}

/**
 * A change to an open case that started from the stored one (when it names a stamp): the work
 * runs, the case is stamped, its log gets the work's line, and the access log an entry, all in
 * one transaction.
 */
function changeCase(
  context: ServiceContext,
  input: { caseId: string; basedOnUpdatedAt?: string },
  attempt: string,
  work: (db: Db, opened: OpenedCase, session: UnlockedSession) => { line: CaseLogLine; action: 'change' | 'create'; details: string; stamped?: boolean },
): CaseView {
  context.require('workWithYouths');
  return logRefusal(context, refusedCase(input.caseId, attempt), () =>
    runAudited(context, 'change', (db, log, session) => {
      const opened = requireCase(context, db, session, input.caseId);
      const { case: meldcodeCase } = opened.record;
      assertOpen(meldcodeCase);
      if (input.basedOnUpdatedAt !== undefined) assertUnchangedSince(db, meldcodeCase, input.basedOnUpdatedAt);
      const done = work(db, opened, session);
      const now = context.nowIso();
      if (done.stamped !== true) stampCase(db, meldcodeCase.id, { updatedAt: nextUpdatedAt(meldcodeCase.updatedAt, context.now()), now });
      appendCaseLog(db, { caseId: meldcodeCase.id, at: now, by: session.user.id, ...lineUnderAccess(done.line, opened.access) });
      log({ action: done.action, ...caseEvent(meldcodeCase.id, meldcodeCase.youthId, opened.access, done.details) });
      return reread(context, db, session, opened);
    }),
  );
}

/**
 * Without a youth: the open cases of every youth the user may see. With one: all that youth's
 * cases, closed ones included.
 */
export function listCases(context: ServiceContext, youthId?: string): CaseSummary[] {
  context.require('workWithYouths');
  const report = logUnreadableDocuments(context.config.logger);
  if (youthId === undefined) {
    return runAudited(context, 'read', (db, log, session) => {
      const cases = listOpenCases(db, scopeOf(context, db, session), report).map(toSummary);
      log({ action: 'read', objectType: 'meldcodeCase', details: `${cases.length} lopende meldcodetrajecten` });
      return cases;
    });
  }
  return logRefusal(context, { attempt: 'meldcodetrajecten bekijken', objectType: 'meldcodeCase', youthId }, () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const cases = listCasesOfYouth(db, youthId, report).map(toSummary);
      log({ action: 'read', ...caseEvent(null, youthId, access, `lijst van ${cases.length} meldcodetrajecten`) });
      return cases;
    }),
  );
}

/** Opens a case for one suspicion, with the signals that led to it already in step 1. */
export function openCase(context: ServiceContext, input: OpenCase): CaseView {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'meldcodetraject openen', objectType: 'meldcodeCase', youthId: input.youthId }, () =>
    runAudited(context, 'change', (db, log, session) => {
      const { youth, access } = requireAccess(context, db, session, input.youthId);
      assertOwnSignals(db, input.youthId, input.signalIds, 'signalIds');
      const now = context.nowIso();
      const id = insertCase(db, { youthId: input.youthId, suspicion: input.suspicion, title: input.title, signals: { signalIds: input.signalIds, note: '' }, openedAt: now, openedBy: session.user.id });
      appendCaseLog(db, { caseId: id, at: now, by: session.user.id, ...lineUnderAccess(caseLogText.opened(input.suspicion, input.title, input.signalIds.length), access) });
      log({ action: 'create', ...caseEvent(id, input.youthId, access, 'meldcodetraject geopend') });
      const record = findCase(db, id);
      if (!record) throw new Error('A meldcode case just opened could not be read back.');
      return caseView(context, db, session, { record, youth });
    }),
  );
}

export function getCase(context: ServiceContext, caseId: string): CaseView {
  context.require('workWithYouths');
  return logRefusal(context, refusedCase(caseId, 'bekijken'), () =>
    runAudited(context, 'read', (db, log, session) => {
      const opened = requireCase(context, db, session, caseId);
      log({ action: 'read', ...caseEvent(caseId, opened.youth.id, opened.access, 'meldcodetraject bekeken') });
      return caseView(context, db, session, opened);
    }),
  );
}

const partLabels: Record<CaseUpdate['part'], string> = {
  signals: 'stap 1, signalen',
  conversation: 'stap 3, gesprek',
  weighing: 'stap 4, weging',
  decisionAnswers: 'stap 5, antwoorden',
  helpPlan: 'stap 5a, hulpplan',
  report: 'stap 5b, melding',
};

/** Saves one part; a colleague's change in between is a CONFLICT that names them. 5a and 5b are added as records of the newest decision. */
export function updateCase(context: ServiceContext, input: CaseUpdate): CaseView {
  return changeCase(context, input, `${partLabels[input.part]} wijzigen`, (db, { record }, session) => {
    if (input.part === 'helpPlan' || input.part === 'report') return recordStep(context, db, session, record.case, input);
    if (input.part === 'signals') assertOwnSignals(db, record.case.youthId, input.value.signalIds, 'value.signalIds');
    const before = record.case[input.part];
    updateCasePart(db, record.case.id, input, { updatedAt: nextUpdatedAt(record.case.updatedAt, context.now()), now: context.nowIso() });
    return { line: caseLogText.partSaved(input.part, before as never, input.value as never), action: 'change', details: `gewijzigd: ${partLabels[input.part]}`, stamped: true };
  });
}

/**
 * 5a or 5b: a new record tied to the newest decision, only when that decision asks for it (own
 * help for a help plan; a report, to one of its channels, for a report). A second record for the
 * same decision is a correction: the first stays.
 */
function recordStep(
  context: ServiceContext,
  db: Db,
  session: UnlockedSession,
  meldcodeCase: MeldcodeCase,
  input: Extract<CaseUpdate, { part: 'helpPlan' | 'report' }>,
): { line: CaseLogLine; action: 'create'; details: string } {
  const newest = meldcodeCase.decisions[0];
  const refusal = stepRecordRefusal(newest, input.part === 'report' ? { part: 'report', channel: input.value.channel } : { part: 'helpPlan' }, reportChannelLabels);
  if (refusal !== null) throw new AppError('VALIDATION', appMessages.invalidInput, { [refusal.field]: refusal.message });
  if (newest === undefined) throw new Error('stepRecordRefusal lets no record through without a decision.');
  const previous = input.part === 'helpPlan' ? meldcodeCase.helpPlan : meldcodeCase.report;
  appendStepRecord(db, input.part, { caseId: meldcodeCase.id, decisionId: newest.id, content: input.value, recordedAt: context.nowIso(), recordedBy: session.user.id });
  const line =
    input.part === 'helpPlan'
      ? caseLogText.stepRecorded('helpPlan', previous as CaseHelpPlan | null, input.value, newest.decidedAt)
      : caseLogText.stepRecorded('report', previous as CaseReport | null, input.value, newest.decidedAt);
  return { line, action: 'create', details: `vastgelegd: ${partLabels[input.part]}` };
}

/** Consultations are only added; a correction is a new one. */
export function addConsultation(context: ServiceContext, input: NewConsultation): CaseView {
  return changeCase(context, input, 'consultatie vastleggen', (db, _opened, session) => {
    appendConsultation(db, { ...input, recordedAt: context.nowIso(), recordedBy: session.user.id });
    return { line: caseLogText.consultation(input), action: 'create', details: 'consultatie vastgelegd' };
  });
}

/** A monitoring moment of the help plan: its answer is the engine's helpEffective from now on. */
export function addFollowUp(context: ServiceContext, input: NewFollowUp): CaseView {
  return changeCase(context, input, 'vervolgmoment vastleggen', (db, { record }, session) => {
    if (!record.case.decisions[0]?.chosenOutcomes.includes('own-help')) throw new AppError('VALIDATION', appMessages.invalidInput, { helpEffective: meldcodeMessages.noHelpToFollow });
    appendFollowUp(db, { ...input, recordedAt: context.nowIso(), recordedBy: session.user.id });
    return { line: caseLogText.followUp(input), action: 'create', details: 'vervolgmoment vastgelegd' };
  });
}

/**
 * The engine on the stored case with step 5's answers as the form holds them now; nothing is saved.
 * No access-log entry of its own: the form asks this while the user answers, on a case the `get`
 * that opened it already logged as read; what the preview shows is that case's own data plus the
 * user's unsaved answers. The access check still runs (and a refusal is still logged).
 */
export function previewDecision(context: ServiceContext, input: { caseId: string; answers: CaseDecisionAnswers }): MeldcodeDecision {
  context.require('workWithYouths');
  return logRefusal(context, refusedCase(input.caseId, 'besluit voorbereiden'), () =>
    runAudited(context, 'read', (db, _log, session) => {
      const { record, youth } = requireCase(context, db, session, input.caseId);
      return decideNow(context, record.case, youth, input.answers);
    }),
  );
}

/**
 * Computes the decision again from what is stored (never from the renderer) and stores it with
 * its inputs, the answers and weighing it came from, the rule set and who confirmed. The result
 * must be the one the user saw (a page left open past the 18th birthday is refused). Confirming
 * needs a decided result; deviating names the outcomes chosen and why (the contract requires the reason).
 */
export function confirmDecision(context: ServiceContext, input: ConfirmDecision): CaseView {
  return changeCase(context, input, 'besluit bevestigen', (db, { record, youth }, session) => {
    const today = localTodayIso(context.now());
    const decisionInput = caseDecisionInput({ today, dateOfBirth: youth.dateOfBirth, ...record.case });
    const computed = decideMeldcode(decisionInput);
    const sameOutcomes = computed.outcomes.length === input.shown.outcomes.length && computed.outcomes.every((outcome, index) => input.shown.outcomes[index] === outcome);
    if (computed.framework !== input.shown.framework || !sameOutcomes) throw new AppError('CONFLICT', meldcodeMessages.resultChanged);
    if (input.choice.kind === 'confirm' && computed.status !== 'decided') {
      throw new AppError('VALIDATION', meldcodeMessages.decisionIncomplete(computed.missing.map((key) => meldcodeQuestions[key]).join(' ')));
    }
    const chosenOutcomes = input.choice.kind === 'confirm' ? computed.outcomes : input.choice.outcomes;
    const deviationReason = input.choice.kind === 'confirm' ? '' : input.choice.reason;
    const countersignRequired = countersignNeeded(readSettings(db).countersignDecisions, { chosenOutcomes, computedOutcomes: computed.outcomes });
    appendDecision(db, {
      caseId: record.case.id,
      input: decisionInput,
      computed,
      chosenOutcomes,
      deviationReason,
      answers: record.case.decisionAnswers,
      weighing: record.case.weighing,
      countersignRequired,
      confirmedAt: context.nowIso(),
      confirmedBy: session.user.id,
    });
    const line = caseLogText.decision({ chosenOutcomes, computedOutcomes: computed.outcomes, deviationReason, ruleSetVersion: computed.ruleSetVersion, countersignRequired });
    return { line, action: 'create', details: deviationReason === '' ? 'besluit bevestigd' : 'besluit vastgelegd, afgeweken van de uitkomst' };
  });
}

/** A team lead or the aandachtsfunctionaris signs a decision someone else confirmed. */
export function countersignDecision(context: ServiceContext, input: { caseId: string; decisionId: string }): CaseView {
  // A role that never signs is refused before the case is read; not a look at a youth's file.
  if (!can(context.require('workWithYouths').user.role, 'countersignDecisions')) throw new AppError('FORBIDDEN', meldcodeMessages.notACountersigner);
  return changeCase(context, input, 'besluit medeondertekenen', (db, { record }, session) => {
    const signing = findDecisionSigning(db, input.decisionId);
    const decision = record.case.decisions.find((candidate) => candidate.id === input.decisionId);
    if (!signing || !decision || signing.caseId !== record.case.id) throw new AppError('NOT_FOUND', meldcodeMessages.decisionNotFound);
    // CONFLICT, not FORBIDDEN: the access log would record a refusal for lack of access to the youth.
    if (signing.confirmedBy === session.user.id) throw new AppError('CONFLICT', meldcodeMessages.ownDecision);
    if (signing.signed) throw new AppError('CONFLICT', meldcodeMessages.alreadyCountersigned);
    if (!decision.countersignRequired) throw new AppError('CONFLICT', meldcodeMessages.countersignNotRequired);
    appendCountersignature(db, { decisionId: input.decisionId, signedAt: context.nowIso(), signedBy: session.user.id });
    return { line: caseLogText.countersigned(decision.decidedAt, decision.confirmedByName), action: 'change', details: 'besluit medeondertekend' };
  });
}

export function closeCase(context: ServiceContext, input: { caseId: string; basedOnUpdatedAt: string; reason: string }): CaseView {
  return changeCase(context, input, 'afsluiten', (db, { record }, session) => {
    const missing = followThroughMissing(record.case);
    if (missing !== null) throw new AppError('CONFLICT', meldcodeMessages.notClosable[missing]);
    closeCaseRow(db, record.case.id, { updatedAt: nextUpdatedAt(record.case.updatedAt, context.now()), now: context.nowIso(), userId: session.user.id, reason: input.reason });
    return { line: caseLogText.closed(input.reason), action: 'change', details: 'meldcodetraject afgesloten', stamped: true };
  });
}
