import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { disclosureOutputs } from './disclosures';
import { checkedOrPlain, limitedText } from './documentMode';
import { safetyPlanContentSchema } from './safetyPlan';
import { legalFrameworks } from './youthProfile';
import { urgencyCriteria, type UrgencyCriterion } from './rules/urgency';

/**
 * A missing episode (vermissing / onttrekking, domain.md §2 and §5): the facts of the moment, the
 * urgency criteria, what was done while the youth was away, and the return. Everything else the
 * police need comes from the youth's file and safety plan when the packet is made.
 */

export { urgencyCriteria, type UrgencyCriterion } from './rules/urgency';

/** The question the worker answers for each criterion (seed 003: what makes police treat it as urgent). */
export const urgencyQuestions: Record<UrgencyCriterion, string> = {
  violence: 'Is er kans op geweld, of was er eerder geweld dat hiermee samenhangt?',
  crimeAgainstYouth: 'Is de jongere mogelijk slachtoffer van een misdrijf, zoals uitbuiting?',
  criminalCompany: 'Is de jongere vermoedelijk in gezelschap van criminelen?',
  intellectualDisability: 'Heeft de jongere een (licht) verstandelijke beperking?',
  suicideRisk: 'Is er kans op suïcide?',
  youngAge: 'Maakt de (jonge) leeftijd de jongere extra kwetsbaar?',
};

/** How the packet and the timeline name a criterion that applies. */
export const urgencyCriterionLabels: Record<UrgencyCriterion, string> = {
  violence: 'Kans op geweld',
  crimeAgainstYouth: 'Mogelijk slachtoffer van een misdrijf',
  criminalCompany: 'Vermoedelijk in gezelschap van criminelen',
  intellectualDisability: '(Licht) verstandelijke beperking',
  suicideRisk: 'Kans op suïcide',
  youngAge: 'Jonge leeftijd',
};

/** The police phone numbers and form (seed 003). */
export const policeContacts = { emergency: '112', nonEmergency: '0900-8844', form: 'politie.nl/vermissing' } as const;

/** Medical follow-up after suspected sexual exploitation (seed 003): quick, for health and for evidence. */
export const sexualExploitationFollowUpAdvice =
  'Stimuleer de jongere om zich snel te laten testen op soa’s en een eventuele zwangerschap, bij het Centrum Seksueel Geweld (0800-0188) of bij de huisarts. Snel is belangrijk voor de gezondheid en voor eventueel bewijsmateriaal voor de politie.';

/** A moment: an ISO instant with its offset, as the renderer sends `new Date(local).toISOString()`. */
const instantSchema = z.iso.datetime({ offset: true, message: 'Vul een geldige datum en tijd in.' });
/** Allowed ahead of this PC's clock: the worker reads the time off another clock or a phone. */
const clockSlackMs = 2 * 60_000;
/** A moment that already happened. The clock is read here: input validation at the boundary. */
export const pastInstantSchema = instantSchema.refine((value) => Date.parse(value) <= Date.now() + clockSlackMs, 'Dit tijdstip ligt in de toekomst. Controleer de datum en de tijd.');
const optionalPastInstant = z.union([z.literal(''), pastInstantSchema]).default('');

export const belongingStates = ['yes', 'no', 'unknown'] as const;
export const belongingStateLabels: Record<(typeof belongingStates)[number], string> = { yes: 'Ja', no: 'Nee', unknown: 'Onbekend' };

export const episodeEventKinds = ['searchAction', 'sighting', 'contact', 'informed', 'other'] as const;
export type EpisodeEventKind = (typeof episodeEventKinds)[number];
export const episodeEventKindLabels: Record<EpisodeEventKind, string> = {
  searchAction: 'Zoekactie',
  sighting: 'Gezien',
  contact: 'Contact met de jongere',
  informed: 'Iemand ingelicht',
  other: 'Anders',
};

/** The parts of an episode, each checked for input or plain for reading what was stored (documentMode.ts). */
function missingEpisodeDocument(checked: boolean) {
  const shortText = (label: string) => limitedText(checked, 300, label).default('');
  const longText = (label: string) => limitedText(checked, 4000, label).default('');
  const moment = checkedOrPlain(checked, optionalPastInstant, z.string().trim().default(''));
  const belonging = z.enum(belongingStates).default('unknown');

  /** Only what is typed at the moment: the rest of the packet comes from the file. */
  const facts = z.object({
    discoveredAt: checkedOrPlain(checked, pastInstantSchema, z.string().trim()),
    lastSeenAt: moment,
    lastSeenWhere: shortText('Waar de jongere het laatst is gezien'),
    lastSeenWith: shortText('Met wie de jongere het laatst is gezien'),
    clothing: longText('De kleding'),
    belongings: z
      .object({ phone: belonging, money: belonging, idDocument: belonging, bankCard: belonging, other: longText('Wat de jongere verder bij zich heeft') })
      .default({ phone: 'unknown', money: 'unknown', idDocument: 'unknown', bankCard: 'unknown', other: '' }),
    direction: longText('De richting of het vervoer'),
  });

  const answer = z.object({
    /** null: not answered yet. */
    applies: z.boolean().nullable().default(null),
    evidence: limitedText(checked, 1000, 'De onderbouwing').default(''),
  });
  const checkedAnswer = checked
    ? answer.refine((value) => value.applies !== true || value.evidence.length > 0, {
        message: 'Schrijf in een zin waaruit dit blijkt: de politie vraagt ernaar.',
        path: ['evidence'],
      })
    : answer;
  const urgency = z.object(
    Object.fromEntries(urgencyCriteria.map((criterion) => [criterion, checkedAnswer.default({ applies: null, evidence: '' })])) as Record<
      UrgencyCriterion,
      z.ZodDefault<typeof checkedAnswer>
    >,
  );

  const police = z.object({
    reportedAt: moment,
    reportedBy: shortText('Wie de vermissing meldde'),
    /** The police reference (mutatienummer or registration number). */
    reference: limitedText(checked, 60, 'Het mutatienummer').default(''),
    officerName: shortText('De naam van de agent'),
    officerNumber: limitedText(checked, 60, 'Het nummer van de agent').default(''),
  });

  const informed = z.object({
    parentsAt: moment,
    guardianAt: moment,
    note: longText('De toelichting'),
  });

  const returned = z.object({
    returnedAt: checkedOrPlain(checked, pastInstantSchema, z.string().trim()),
    foundWhere: shortText('Waar de jongere is gevonden of teruggekomen'),
    circumstances: longText('De omstandigheden'),
    /** The police were told the youth is back (afgemeld); '' while not yet. */
    policeNotifiedAt: moment,
  });

  const conversation = z.object({
    heldAt: checkedOrPlain(checked, pastInstantSchema, z.string().trim()),
    participants: shortText('Wie er bij het gesprek waren'),
    preceded: longText('Wat eraan voorafging'),
    prevention: longText('Wat een volgende keer kan helpen'),
    agreements: longText('De afspraken'),
    sexualExploitationSuspected: z.boolean().default(false),
    medicalFollowUp: longText('De medische opvolging'),
  });

  return { facts, urgency, police, informed, returned, conversation };
}

const checkedEpisode = missingEpisodeDocument(true);
const storedEpisode = missingEpisodeDocument(false);
export const missingFactsSchema = checkedEpisode.facts;
export const urgencyAnswersSchema = checkedEpisode.urgency;
export const policeReportSchema = checkedEpisode.police;
export const informedSchema = checkedEpisode.informed;
export const returnSchema = checkedEpisode.returned;
export const returnConversationSchema = checkedEpisode.conversation;
export const storedMissingFactsSchema = storedEpisode.facts;
export const storedUrgencyAnswersSchema = storedEpisode.urgency;
export const storedPoliceReportSchema = storedEpisode.police;
export const storedInformedSchema = storedEpisode.informed;
export const storedReturnSchema = storedEpisode.returned;
export const storedReturnConversationSchema = storedEpisode.conversation;

export type MissingFacts = z.output<typeof missingFactsSchema>;
export type MissingFactsInput = z.input<typeof missingFactsSchema>;
export type UrgencyAnswers = z.output<typeof urgencyAnswersSchema>;
export type UrgencyAnswersInput = z.input<typeof urgencyAnswersSchema>;
export type PoliceReport = z.output<typeof policeReportSchema>;
export type Informed = z.output<typeof informedSchema>;
export type EpisodeReturn = z.output<typeof returnSchema>;
export type ReturnConversation = z.output<typeof returnConversationSchema>;

/** "Returned" can not come before "last seen" or the discovery. */
export const returnBeforeLastSeenMessage = 'De jongere kan niet terug zijn vóórdat de jongere voor het laatst is gezien of gemist. Controleer de datum en de tijd.';
export const lastSeenAfterDiscoveryMessage = 'Het laatst gezien kan niet ná het moment liggen waarop de vermissing werd ontdekt. Controleer de datum en de tijd.';

export const reportMissingSchema = z
  .object({ youthId: idSchema, facts: missingFactsSchema, urgency: urgencyAnswersSchema.default(urgencyAnswersSchema.parse({})) })
  .refine((input) => input.facts.lastSeenAt === '' || Date.parse(input.facts.lastSeenAt) <= Date.parse(input.facts.discoveredAt), {
    message: lastSeenAfterDiscoveryMessage,
    path: ['facts', 'lastSeenAt'],
  });
export type ReportMissing = z.output<typeof reportMissingSchema>;
export type ReportMissingInput = z.input<typeof reportMissingSchema>;

export const episodeEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(episodeEventKinds),
  text: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string(),
});
export type EpisodeEvent = z.output<typeof episodeEventSchema>;

export const newEpisodeEventSchema = z.object({
  episodeId: idSchema,
  at: pastInstantSchema,
  kind: z.enum(episodeEventKinds, 'Kies wat er gebeurde.'),
  text: limitedText(true, 4000, 'De beschrijving').min(1, 'Beschrijf wat er gebeurde.'),
});
export type NewEpisodeEvent = z.output<typeof newEpisodeEventSchema>;

export const episodeStatuses = ['missing', 'returned', 'closed'] as const;
export type EpisodeStatus = (typeof episodeStatuses)[number];
export const episodeStatusLabels: Record<EpisodeStatus, string> = { missing: 'Vermist', returned: 'Terug', closed: 'Afgesloten' };

/** One episode as the list and the packet's "previous episodes" show it. */
export const episodeSummarySchema = z.object({
  id: z.string(),
  youthId: z.string(),
  youthName: z.string(),
  status: z.enum(episodeStatuses),
  discoveredAt: z.string(),
  returnedAt: z.string().nullable(),
  foundWhere: z.string(),
  closedAt: z.string().nullable(),
});
export type EpisodeSummary = z.output<typeof episodeSummarySchema>;

export const missingEpisodeSchema = z.object({
  id: z.string(),
  youthId: z.string(),
  status: z.enum(episodeStatuses),
  reportedAt: z.string(),
  reportedByName: z.string(),
  facts: storedMissingFactsSchema,
  urgency: storedUrgencyAnswersSchema,
  police: storedPoliceReportSchema,
  informed: storedInformedSchema,
  /** null while the youth is still missing. */
  returned: storedReturnSchema.nullable(),
  /** null until the return conversation is recorded. */
  conversation: storedReturnConversationSchema.nullable(),
  events: z.array(episodeEventSchema),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  /** Changes with every save of a part: a save names the one it started from. */
  updatedAt: z.string(),
});
export type MissingEpisode = z.output<typeof missingEpisodeSchema>;

/** An urgency answer the file already suggests, with where it came from. */
export const urgencySuggestionSchema = z.object({
  criterion: z.enum(urgencyCriteria),
  evidence: z.string(),
  /** Where in the file it was found, e.g. "Dossier › Kwetsbaarheden". */
  source: z.string(),
});
export type UrgencySuggestion = z.output<typeof urgencySuggestionSchema>;

/** The episode screen: the episode, the youth it is about, and what the file suggests. */
export const episodeViewSchema = z.object({
  episode: missingEpisodeSchema,
  youthName: z.string(),
  dateOfBirth: z.string(),
  legalFramework: z.enum(legalFrameworks),
  legalNote: z.string(),
  suggestions: z.array(urgencySuggestionSchema),
  /** The youth's episodes discovered before this one, newest first. */
  previousEpisodes: z.array(episodeSummarySchema),
  /** Police not yet told this long after discovery: the screen prompts the next step. */
  escalationAt: z.string(),
  /** The return conversation is due by then; null while the youth is missing. */
  conversationDueAt: z.string().nullable(),
});
export type EpisodeView = z.output<typeof episodeViewSchema>;

const episodeChange = <Part extends string, Value extends z.ZodType>(part: Part, value: Value) =>
  z.object({ episodeId: idSchema, basedOnUpdatedAt: z.string(), part: z.literal(part), value });

/** One part of an episode saved; a colleague's save in between gives CONFLICT. */
export const episodeUpdateSchema = z.discriminatedUnion('part', [
  episodeChange('facts', missingFactsSchema),
  episodeChange('urgency', urgencyAnswersSchema),
  episodeChange('police', policeReportSchema),
  episodeChange('informed', informedSchema),
  episodeChange('returned', returnSchema),
  episodeChange('conversation', returnConversationSchema),
]);
export type EpisodeUpdate = z.output<typeof episodeUpdateSchema>;
export type EpisodePart = EpisodeUpdate['part'];

/** After a return conversation with agreements: the current plan with them added, to save as a new version. */
export const planProposalSchema = z.object({
  basedOnVersion: z.number().int().nullable(),
  content: safetyPlanContentSchema,
});
export type PlanProposal = z.output<typeof planProposalSchema>;

const packetFacts = { fileName: z.string(), sha256: z.string(), pageCount: z.number().int() };

/** What became of a packet: saved where the user chose, shown for printing, or the save dialog cancelled (nothing recorded). */
export const packetResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), savedTo: z.string(), ...packetFacts }),
  z.object({ outcome: z.literal('printing'), ...packetFacts }),
  z.object({ outcome: z.literal('cancelled') }),
]);
export type PacketResult = z.output<typeof packetResultSchema>;

export const missingCalls = {
  /** Starts an episode; the youth must be the user's own or under emergency access. */
  report: defineCall(reportMissingSchema, episodeViewSchema),
  /** The episodes the user may see: open ones first (all of them), then the closed ones of a youth when `youthId` is given. */
  list: defineCall(z.object({ youthId: idSchema.optional() }), z.array(episodeSummarySchema)),
  get: defineCall(z.object({ episodeId: idSchema }), episodeViewSchema),
  update: defineCall(episodeUpdateSchema, episodeViewSchema),
  /** Timeline entries are only added, never changed: a correction is a new entry. */
  addEvent: defineCall(newEpisodeEventSchema, episodeViewSchema),
  /** After the return: closes the episode (it leaves the start screen). */
  close: defineCall(z.object({ episodeId: idSchema, basedOnUpdatedAt: z.string() }), episodeViewSchema),
  /** The current plan with the return conversation's agreements added; null without agreements. */
  planProposal: defineCall(z.object({ episodeId: idSchema }), planProposalSchema.nullable()),
  /**
   * The police packet as a PDF, made in main and saved where the user chooses ('save') or shown in
   * the print window ('print'). Each packet that left writes a disclosure record (recipient police)
   * and an access-log entry; a cancelled save writes nothing.
   */
  packet: defineCall(z.object({ episodeId: idSchema, output: z.enum(disclosureOutputs) }), packetResultSchema),
};
