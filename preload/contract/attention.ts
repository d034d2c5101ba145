import { z } from 'zod';
import { defineCall } from './defineCall';

/** What needs doing for a youth (domain.md §7); later issues add their own kinds. */
export const attentionKinds = [
  'missingNow',
  'policeNotTold',
  'returnNotNotified',
  'returnConversationDue',
  'episodeOpen',
  'meldcodeFollowUpDue',
  'meldcodeCaseIdle',
  'meldcodeCountersignDue',
  'noPortrait',
  'portraitOld',
  'noSafetyPlan',
  'planReviewDue',
  'networkEmpty',
] as const;
export type AttentionKind = (typeof attentionKinds)[number];

/** A review due within this many days is shown before it is overdue. */
export const planReviewNoticeDays = 14;

/** What the start screen's rules (main/domain/attention) know about one youth, read from the database; dates are `YYYY-MM-DD`. */
export interface AttentionFacts {
  youthId: string;
  youthName: string;
  newestPortraitTakenOn: string | null;
  /** The review date of the newest safety plan version; null when there is no plan yet. */
  planReviewDate: string | null;
  networkEntityCount: number;
  /** The youth's episodes that are not closed (the start screen keeps them until they are). */
  openEpisodes: OpenEpisodeFacts[];
  /** The youth's meldcode cases that are not closed. */
  openCases: OpenCaseFacts[];
}

/** What the meldcode reminders need of an open case. */
export interface OpenCaseFacts {
  caseId: string;
  /** ISO instant of the case's newest save or addition. */
  lastActivityAt: string;
  /** The 5a help plan's monitoring dates (`YYYY-MM-DD`); empty without a plan. */
  followUpDates: string[];
  /** The date of the newest follow-up recorded; null while there is none. */
  newestFollowUpOn: string | null;
  /** ISO instant the newest decision was confirmed, when it waits for its countersignature; null otherwise. */
  countersignDueSince: string | null;
  /** Who confirmed that waiting decision (a user id): they do not countersign it themselves. */
  countersignConfirmedBy: string | null;
}

/** The moments of an open missing episode, as ISO instants; null or '' while they have not happened. */
export interface OpenEpisodeFacts {
  episodeId: string;
  discoveredAt: string;
  policeReportedAt: string;
  returnedAt: string | null;
  returnNotifiedAt: string | null;
  conversationHeldAt: string | null;
}

export const attentionItemSchema = z.object({
  youthId: z.string(),
  youthName: z.string(),
  kind: z.enum(attentionKinds),
  /** The date the item is about (photo taken, review date, discovery, deadline), when there is one. */
  date: z.string().nullable(),
  /** The missing episode the item is about, which the start screen opens. */
  episodeId: z.string().nullable().default(null),
  /** The meldcode case the item is about, which the start screen opens. */
  caseId: z.string().nullable().default(null),
  /** 'overdue' items are past their date; 'soon' items are coming up. */
  urgency: z.enum(['overdue', 'soon', 'missing']),
});
export type AttentionItem = z.infer<typeof attentionItemSchema>;

export const attentionCalls = {
  /** For the youths the user may see; logged like a look at the youth list. */
  list: defineCall(z.undefined(), z.array(attentionItemSchema)),
};
