import { describe, expect, it } from 'vitest';
import { planProposal } from '../../../main/domain/missing/planProposal';
import { storedReturnConversationSchema, storedSafetyPlanContentSchema } from '../../../preload/contract';

const conversation = (agreements: string) => storedReturnConversationSchema.parse({ heldAt: '2026-11-23T15:00:00.000Z', agreements });
const plan = storedSafetyPlanContentSchema.parse({
  participants: [{ name: 'Anouk Aarts', role: 'jongere' }],
  agreements: 'Om 22:00 binnen.',
  reviewDate: '2027-01-15',
});

describe('the safety plan proposed after a return', () => {
  it('adds the agreements under a dated heading to the current plan, keeping the rest, based on its version', () => {
    expect(planProposal({ version: 4, content: plan }, conversation('Telefoon blijft aan.\nBij twijfel bellen.'), '2026-11-24')).toEqual({
      basedOnVersion: 4,
      content: { ...plan, agreements: 'Om 22:00 binnen.\n\nAfspraken na terugkeer op 23 november 2026:\nTelefoon blijft aan.\nBij twijfel bellen.' },
    });
  });

  it('starts a plan reviewed in three months when the youth has none', () => {
    expect(planProposal(null, conversation('Telefoon blijft aan.'), '2026-11-30')).toEqual({
      basedOnVersion: null,
      content: storedSafetyPlanContentSchema.parse({ agreements: 'Afspraken na terugkeer op 23 november 2026:\nTelefoon blijft aan.', reviewDate: '2027-02-28' }),
    });
  });

  it('dates the heading by the Dutch calendar: a conversation at 00:30 belongs to that day', () => {
    const late = storedReturnConversationSchema.parse({ heldAt: '2026-11-23T23:30:00.000Z', agreements: 'Telefoon blijft aan.' });
    expect(planProposal(null, late, '2026-11-24')?.content.agreements).toMatch(/^Afspraken na terugkeer op 24 november 2026:/);
  });

  it('proposes nothing without a conversation or without agreements', () => {
    expect(planProposal({ version: 1, content: plan }, null, '2026-11-24')).toBeNull();
    expect(planProposal({ version: 1, content: plan }, conversation('  '), '2026-11-24')).toBeNull();
  });
});
