import type { Db } from '../../db/client';
import {
  appendEpisodeEvent,
  closeEpisodeRow,
  findEpisode,
  findEpisodeYouthId,
  findMissingEpisodeOf,
  insertEpisode,
  lastEpisodeSave,
  listEpisodeSummaries,
  listOpenEpisodeSummaries,
  updateEpisodePart,
} from '../../db/repositories/missingEpisodes';
import { getNetwork } from '../../db/repositories/network';
import { currentSafetyPlan } from '../../db/repositories/safetyPlans';
import { readSettings } from '../../db/repositories/settings';
import { getYouthProfile } from '../../db/repositories/youths';
import {
  episodeEventKindLabels,
  type EpisodePart,
  type EpisodeSummary,
  type EpisodeUpdate,
  type EpisodeView,
  type MissingEpisode,
  type NewEpisodeEvent,
  type PlanProposal,
  type ReportMissing,
  type Youth,
  type YouthAccess,
} from '../../preload/contract';
import { localTodayIso } from '../../preload/contract/isoDate';
import { conversationDueAt, escalationAt } from '../domain/missing/episodeDeadlines';
import {
  conversationTimeProblems,
  factsTimeProblems,
  informedTimeProblems,
  policeTimeProblems,
  returnTimeProblems,
  type TimeProblems,
} from '../domain/missing/episodeTimes';
import { planProposal } from '../domain/missing/planProposal';
import { suggestUrgency } from '../domain/missing/suggestUrgency';
import { nextUpdatedAt } from '../domain/youths/nextUpdatedAt';
import { AppError, appMessages } from '../errors/AppError';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import type { AccessEvent } from './audit/recordAccess';
import { runAudited } from './audit/runAudited';
import type { ServiceContext, UnlockedSession } from './context';
import { missingMessages } from './missingMessages';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess, scopeOf } from './youthService';
import { episodesBefore } from '../domain/missing/earlierEpisodes';
import { momentInWords } from '../domain/dates/momentInWords';
import { underAccess } from './audit/underAccess';


/** How the access log names a saved part. */
const partLabels: Record<EpisodePart, string> = {
  facts: 'feiten van het moment',
  urgency: 'spoedcriteria',
  police: 'melding bij de politie',
  informed: 'ingelichte personen',
  returned: 'terugkeer',
  conversation: 'terugkeergesprek',
};

/** The log entry's episode, youth, reason and details; work under emergency access carries its reason. */
function episodeEvent(episodeId: string | null, youthId: string, access: YouthAccess, details: string): Omit<AccessEvent, 'action'> {
  const about = { objectType: 'missingEpisode' as const, objectId: episodeId, youthId };
  return { ...about, ...underAccess(access, details) };
}

/** A refused call names the episode's youth, when the episode still exists. */
const refusedEpisode =
  (episodeId: string, attempt: string) =>
  (db: Db): RefusedAttempt => ({ attempt, objectType: 'missingEpisode', objectId: episodeId, youthId: findEpisodeYouthId(db, episodeId) ?? null });

interface OpenedEpisode {
  episode: MissingEpisode;
  youth: Youth;
  access: YouthAccess;
}

/** The episode, if this user may see its youth; refuses like opening the file would. */
function requireEpisode(context: ServiceContext, db: Db, session: UnlockedSession, episodeId: string): OpenedEpisode {
  const episode = findEpisode(db, episodeId, logUnreadableDocuments(context.config.logger));
  if (!episode) throw new AppError('NOT_FOUND', missingMessages.episodeNotFound);
  const { youth, access } = requireAccess(context, db, session, episode.youthId);
  return { episode, youth, access };
}

function assertOpen(episode: MissingEpisode): void {
  if (episode.closedAt !== null) throw new AppError('CONFLICT', missingMessages.alreadyClosed(momentInWords(episode.closedAt), episode.closedByName));
}

/**
 * Refuses a save that did not start from the stored episode: a colleague saved a part in between
 * (at night several people work on one episode), and the answer names who and when.
 */
function assertUnchangedSince(db: Db, episode: MissingEpisode, basedOnUpdatedAt: string): void {
  if (episode.updatedAt === basedOnUpdatedAt) return;
  const saved = lastEpisodeSave(db, episode.youthId, episode.id);
  throw new AppError('CONFLICT', missingMessages.episodeConflict(momentInWords(saved?.at ?? episode.updatedAt), saved?.userName ?? null));
}

/** Moments in the wrong order are refused per field, keyed as the input names them. */
function assertTimesInOrder(problems: TimeProblems, prefix: string): void {
  const fields = Object.fromEntries(Object.entries(problems).map(([field, message]) => [`${prefix}${field}`, message]));
  if (Object.keys(fields).length > 0) throw new AppError('VALIDATION', appMessages.invalidInput, fields);
}

/** The day of the discovery on this PC's calendar: the age for the suggestions counts on it. */
function discoveryDay(discoveredAt: string, now: Date): string {
  const at = Date.parse(discoveredAt);
  return localTodayIso(Number.isNaN(at) ? now : new Date(at));
}

/** The episode screen: the episode with the youth, the legal title, the file's suggestions and the deadlines. */
function episodeView(context: ServiceContext, db: Db, { episode, youth }: Pick<OpenedEpisode, 'episode' | 'youth'>): EpisodeView {
  const report = logUnreadableDocuments(context.config.logger);
  const profile = getYouthProfile(db, youth.id, report).value;
  const settings = readSettings(db);
  return {
    episode,
    youthName: `${youth.firstName} ${youth.lastName}`,
    dateOfBirth: youth.dateOfBirth,
    legalFramework: profile.placement.legalFramework,
    legalNote: profile.placement.legalNote,
    suggestions: suggestUrgency({
      profile,
      dateOfBirth: youth.dateOfBirth,
      network: getNetwork(db, youth.id, report),
      reportedOn: discoveryDay(episode.facts.discoveredAt, context.now()),
    }),
    previousEpisodes: episodesBefore(listEpisodeSummaries(db, youth.id, report), episode.facts.discoveredAt),
    escalationAt: escalationAt(episode.facts.discoveredAt, settings.missingEscalationMinutes),
    conversationDueAt: conversationDueAt(episode.returned?.returnedAt ?? null, settings.returnConversationHours),
  };
}

function reread(context: ServiceContext, db: Db, opened: Pick<OpenedEpisode, 'episode' | 'youth'>): EpisodeView {
  const episode = findEpisode(db, opened.episode.id);
  if (!episode) throw new Error('A missing episode just saved could not be read back.');
  return episodeView(context, db, { episode, youth: opened.youth });
}

/**
 * Starts an episode for a youth of the user's own locations or under emergency access. A youth
 * can be missing only once at a time: a second report while one is open is refused and names it.
 */
export function reportMissing(context: ServiceContext, input: ReportMissing): EpisodeView {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'vermissing melden', objectType: 'missingEpisode', youthId: input.youthId }, () =>
    runAudited(context, 'change', (db, log, session) => {
      const { youth, access } = requireAccess(context, db, session, input.youthId);
      const open = findMissingEpisodeOf(db, input.youthId);
      if (open) throw new AppError('CONFLICT', missingMessages.alreadyMissing(momentInWords(open.discoveredAt)));
      const id = insertEpisode(db, { youthId: input.youthId, facts: input.facts, urgency: input.urgency, reportedAt: context.nowIso(), reportedBy: session.user.id });
      log({ action: 'create', ...episodeEvent(id, input.youthId, access, `vermissing gemeld, ontdekt op ${momentInWords(input.facts.discoveredAt)}`) });
      const episode = findEpisode(db, id);
      if (!episode) throw new Error('A missing episode just reported could not be read back.');
      return episodeView(context, db, { episode, youth });
    }),
  );
}

export function getEpisode(context: ServiceContext, episodeId: string): EpisodeView {
  context.require('workWithYouths');
  return logRefusal(context, refusedEpisode(episodeId, 'bekijken'), () =>
    runAudited(context, 'read', (db, log, session) => {
      const opened = requireEpisode(context, db, session, episodeId);
      log({ action: 'read', ...episodeEvent(episodeId, opened.youth.id, opened.access, 'vermissing bekeken') });
      return episodeView(context, db, opened);
    }),
  );
}

/** The order of the part's moments against what is stored; a conversation needs a return first. */
function timeProblems(change: EpisodeUpdate, episode: MissingEpisode): TimeProblems {
  switch (change.part) {
    case 'facts':
      return factsTimeProblems(change.value, episode.returned);
    case 'urgency':
      return {};
    case 'police':
      return policeTimeProblems(change.value, episode.facts);
    case 'informed':
      return informedTimeProblems(change.value, episode.facts);
    case 'returned':
      return returnTimeProblems(change.value, episode.facts, episode.conversation);
    case 'conversation':
      if (!episode.returned) throw new AppError('CONFLICT', missingMessages.conversationBeforeReturn);
      return conversationTimeProblems(change.value, episode.returned);
  }
}

/** Saves one part; a colleague's save in between is a CONFLICT that names them. */
export function updateEpisode(context: ServiceContext, input: EpisodeUpdate): EpisodeView {
  context.require('workWithYouths');
  return logRefusal(context, refusedEpisode(input.episodeId, `${partLabels[input.part]} wijzigen`), () =>
    runAudited(context, 'change', (db, log, session) => {
      const opened = requireEpisode(context, db, session, input.episodeId);
      const { episode } = opened;
      assertOpen(episode);
      assertUnchangedSince(db, episode, input.basedOnUpdatedAt);
      assertTimesInOrder(timeProblems(input, episode), 'value.');
      updateEpisodePart(db, episode.id, input, nextUpdatedAt(episode.updatedAt, context.now()));
      log({ action: 'change', ...episodeEvent(episode.id, episode.youthId, opened.access, `gewijzigd: ${partLabels[input.part]}`) });
      return reread(context, db, opened);
    }),
  );
}

/** Adds a timeline entry; entries are never changed, so this needs no stamp to start from. */
export function addEpisodeEvent(context: ServiceContext, input: NewEpisodeEvent): EpisodeView {
  context.require('workWithYouths');
  return logRefusal(context, refusedEpisode(input.episodeId, 'tijdlijn aanvullen'), () =>
    runAudited(context, 'change', (db, log, session) => {
      const opened = requireEpisode(context, db, session, input.episodeId);
      assertOpen(opened.episode);
      appendEpisodeEvent(db, { episodeId: input.episodeId, at: input.at, kind: input.kind, text: input.text, recordedAt: context.nowIso(), recordedBy: session.user.id });
      log({ action: 'create', ...episodeEvent(input.episodeId, opened.youth.id, opened.access, `tijdlijn aangevuld: ${episodeEventKindLabels[input.kind].toLowerCase()}`) });
      return reread(context, db, opened);
    }),
  );
}

/** After the return only: the episode leaves the start screen. */
export function closeEpisode(context: ServiceContext, input: { episodeId: string; basedOnUpdatedAt: string }): EpisodeView {
  context.require('workWithYouths');
  return logRefusal(context, refusedEpisode(input.episodeId, 'afsluiten'), () =>
    runAudited(context, 'change', (db, log, session) => {
      const opened = requireEpisode(context, db, session, input.episodeId);
      const { episode } = opened;
      assertOpen(episode);
      assertUnchangedSince(db, episode, input.basedOnUpdatedAt);
      if (!episode.returned) throw new AppError('CONFLICT', missingMessages.closeBeforeReturn);
      closeEpisodeRow(db, episode.id, { userId: session.user.id, now: context.nowIso(), updatedAt: nextUpdatedAt(episode.updatedAt, context.now()) });
      log({ action: 'change', ...episodeEvent(episode.id, episode.youthId, opened.access, 'afgesloten') });
      return reread(context, db, opened);
    }),
  );
}

/** Not closed before closed; newest discovery first within each. */
const openFirst = (episodes: EpisodeSummary[]) => [...episodes].sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed'));

/**
 * Without a youth: every episode not closed of the youths the user may see (their locations and
 * running emergency access), as the start screen shows them. With one: that youth's episodes.
 */
export function listEpisodes(context: ServiceContext, youthId?: string): EpisodeSummary[] {
  context.require('workWithYouths');
  const report = logUnreadableDocuments(context.config.logger);
  if (youthId === undefined) {
    return runAudited(context, 'read', (db, log, session) => {
      const episodes = listOpenEpisodeSummaries(db, scopeOf(context, db, session), report);
      log({ action: 'read', objectType: 'missingEpisode', details: `${episodes.length} open vermissingen` });
      return episodes;
    });
  }
  return logRefusal(context, { attempt: 'vermissingen bekijken', objectType: 'missingEpisode', youthId }, () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const episodes = openFirst(listEpisodeSummaries(db, youthId, report));
      log({ action: 'read', ...episodeEvent(null, youthId, access, `lijst van ${episodes.length} vermissingen`) });
      return episodes;
    }),
  );
}

/** The current safety plan with the return conversation's agreements added; null without agreements. */
export function proposePlanAfterReturn(context: ServiceContext, episodeId: string): PlanProposal | null {
  context.require('workWithYouths');
  return logRefusal(context, refusedEpisode(episodeId, 'voorstel veiligheidsplan bekijken'), () =>
    runAudited(context, 'read', (db, log, session) => {
      const { episode, youth, access } = requireEpisode(context, db, session, episodeId);
      const plan = currentSafetyPlan(db, youth.id, logUnreadableDocuments(context.config.logger));
      const proposal = planProposal(plan, episode.conversation, localTodayIso(context.now()));
      const details = proposal ? `voorstel voor het veiligheidsplan na terugkeer (op versie ${plan?.version ?? 'geen'})` : 'geen afspraken voor het veiligheidsplan na terugkeer';
      log({ action: 'read', ...episodeEvent(episodeId, youth.id, access, details) });
      return proposal;
    }),
  );
}
