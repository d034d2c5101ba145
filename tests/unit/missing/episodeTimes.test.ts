import { describe, expect, it } from 'vitest';
import {
  conversationTimeProblems,
  episodeTimeMessages,
  factsTimeProblems,
  informedTimeProblems,
  policeTimeProblems,
  returnTimeProblems,
} from '../../../main/domain/missing/episodeTimes';
import {
  lastSeenAfterDiscoveryMessage,
  returnBeforeLastSeenMessage,
  storedInformedSchema,
  storedMissingFactsSchema,
  storedPoliceReportSchema,
  storedReturnConversationSchema,
  storedReturnSchema,
} from '../../../preload/contract';

/** Last seen at 20:00, discovered at 22:00 (UTC). */
const facts = storedMissingFactsSchema.parse({ discoveredAt: '2026-11-22T22:00:00.000Z', lastSeenAt: '2026-11-22T20:00:00.000Z' });
const back = (returnedAt: string, policeNotifiedAt = '') => storedReturnSchema.parse({ returnedAt, policeNotifiedAt });

describe('the order of an episode’s moments', () => {
  it('refuses a return before the youth was last seen or missed, on the return', () => {
    expect(returnTimeProblems(back('2026-11-22T19:59:00.000Z'), facts, null)).toEqual({ returnedAt: returnBeforeLastSeenMessage });
    expect(returnTimeProblems(back('2026-11-22T21:00:00.000Z'), facts, null)).toEqual({ returnedAt: returnBeforeLastSeenMessage });
    expect(returnTimeProblems(back('2026-11-22T22:00:00.000Z'), facts, null)).toEqual({});
  });

  it('compares with the discovery alone when the youth was not seen leaving', () => {
    const unseen = storedMissingFactsSchema.parse({ discoveredAt: '2026-11-22T22:00:00.000Z' });
    expect(returnTimeProblems(back('2026-11-22T21:59:00.000Z'), unseen, null)).toEqual({ returnedAt: returnBeforeLastSeenMessage });
    expect(returnTimeProblems(back('2026-11-23T01:00:00.000Z'), unseen, null)).toEqual({});
  });

  it('refuses telling the police of a return before it, and moving the return past the conversation', () => {
    expect(returnTimeProblems(back('2026-11-23T07:00:00.000Z', '2026-11-23T06:00:00.000Z'), facts, null)).toEqual({ policeNotifiedAt: episodeTimeMessages.notifiedBeforeReturn });
    const conversation = storedReturnConversationSchema.parse({ heldAt: '2026-11-23T10:00:00.000Z' });
    expect(returnTimeProblems(back('2026-11-23T11:00:00.000Z'), facts, conversation)).toEqual({ returnedAt: episodeTimeMessages.conversationBeforeReturn });
  });

  it('refuses a return conversation before the return', () => {
    const at = (heldAt: string) => storedReturnConversationSchema.parse({ heldAt });
    expect(conversationTimeProblems(at('2026-11-23T06:00:00.000Z'), back('2026-11-23T07:00:00.000Z'))).toEqual({ heldAt: episodeTimeMessages.conversationBeforeReturn });
    expect(conversationTimeProblems(at('2026-11-23T07:00:00.000Z'), back('2026-11-23T07:00:00.000Z'))).toEqual({});
  });

  it('refuses last seen after the discovery, and facts that would put the stored return before them', () => {
    expect(factsTimeProblems({ ...facts, lastSeenAt: '2026-11-22T22:01:00.000Z' }, null)).toEqual({ lastSeenAt: lastSeenAfterDiscoveryMessage });
    expect(factsTimeProblems({ ...facts, discoveredAt: '2026-11-23T08:00:00.000Z' }, back('2026-11-23T07:00:00.000Z'))).toEqual({ discoveredAt: returnBeforeLastSeenMessage });
    expect(factsTimeProblems({ ...facts, lastSeenAt: '' }, back('2026-11-23T07:00:00.000Z'))).toEqual({});
  });

  it('refuses telling the police or the family before the discovery; empty moments are not compared', () => {
    expect(policeTimeProblems(storedPoliceReportSchema.parse({ reportedAt: '2026-11-22T21:00:00.000Z' }), facts)).toEqual({ reportedAt: episodeTimeMessages.policeBeforeDiscovery });
    expect(policeTimeProblems(storedPoliceReportSchema.parse({}), facts)).toEqual({});
    expect(informedTimeProblems(storedInformedSchema.parse({ parentsAt: '2026-11-22T21:00:00.000Z', guardianAt: '2026-11-22T22:30:00.000Z' }), facts)).toEqual({
      parentsAt: episodeTimeMessages.informedBeforeDiscovery,
    });
  });
});
