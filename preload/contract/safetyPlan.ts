import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { atMost, checkedOrPlain, limitedText, requiredText } from './documentMode';
import { isoDateSchema } from './isoDate';
import { phoneNumberSchema } from './youthProfile';

/** The plan's content, checked for input or plain for reading a saved version (documentMode.ts). */
function safetyPlanDocument(checked: boolean) {
  const section = (label: string) => limitedText(checked, 8000, label).default('');
  const role = limitedText(checked, 120, 'De rol').default('');
  const name = (message: string) => requiredText(checked, 120, 'De naam', message);

  const participant = z.object({ name: name('Vul de naam in.'), role });
  const callContact = z.object({
    name: name('Vul in wie er gebeld wordt.'),
    role,
    phone: checkedOrPlain(checked, phoneNumberSchema, z.string().trim()),
  });

  /** The sections of a safety plan (domain.md §2); the network analysis is kept apart (network.ts). */
  const content = z.object({
    participants: z.array(participant).max(atMost(checked, 30)).default([]),
    agreements: section('De afspraken'),
    riskSituations: section('De risicosituaties'),
    actionsWhenUnsafe: section('Wat het team doet'),
    callWhenUnsafe: z.array(callContact).max(atMost(checked, 30)).default([]),
    socialMedia: section('De aandachtspunten sociale media'),
    reviewDate: checkedOrPlain(checked, isoDateSchema, z.string().trim()),
  });

  return { participant, callContact, content };
}

const checkedPlan = safetyPlanDocument(true);
export const planParticipantSchema = checkedPlan.participant;
export const planCallContactSchema = checkedPlan.callContact;
/** What the user saves: today's rules. */
export const safetyPlanContentSchema = checkedPlan.content;
/** How a saved version is read: its shape and defaults, none of the rules, so every saved version opens. */
export const storedSafetyPlanContentSchema = safetyPlanDocument(false).content;
export type SafetyPlanContent = z.output<typeof safetyPlanContentSchema>;
export type SafetyPlanContentInput = z.input<typeof safetyPlanContentSchema>;

export const safetyPlanVersionSchema = z.object({
  youthId: z.string(),
  version: z.number().int(),
  savedAt: z.string(),
  savedByName: z.string(),
  content: storedSafetyPlanContentSchema,
});
export type SafetyPlanVersion = z.output<typeof safetyPlanVersionSchema>;

export const safetyPlanVersionSummarySchema = safetyPlanVersionSchema.omit({ content: true });
export type SafetyPlanVersionSummary = z.output<typeof safetyPlanVersionSummarySchema>;

export const saveSafetyPlanSchema = z.object({
  youthId: idSchema,
  /** The version the user edited; null for the first plan. Another save in between is a CONFLICT. */
  basedOnVersion: z.number().int().min(1).nullable(),
  content: safetyPlanContentSchema,
});
export type SaveSafetyPlan = z.output<typeof saveSafetyPlanSchema>;

export const safetyPlanCalls = {
  /** Every saved version, newest first. */
  versions: defineCall(z.object({ youthId: idSchema }), z.array(safetyPlanVersionSummarySchema)),
  /** One version in full; logged as a read. */
  get: defineCall(z.object({ youthId: idSchema, version: z.number().int().min(1) }), safetyPlanVersionSchema),
  /** Every save is a new version; older versions are never changed. */
  save: defineCall(saveSafetyPlanSchema, safetyPlanVersionSchema),
};
