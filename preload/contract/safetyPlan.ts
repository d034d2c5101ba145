import { z } from 'zod';
import { idSchema } from './accounts';
import { defineCall } from './defineCall';
import { isoDateSchema } from './isoDate';
import { phoneNumberSchema } from './youthProfile';

const text = (label: string) => z.string().trim().max(8000, `${label} is hooguit 8000 tekens.`).default('');

export const planParticipantSchema = z.object({
  name: z.string().trim().min(1, 'Vul de naam in.').max(120, 'De naam is hooguit 120 tekens.'),
  role: z.string().trim().max(120, 'De rol is hooguit 120 tekens.').default(''),
});

export const planCallContactSchema = z.object({
  name: z.string().trim().min(1, 'Vul in wie er gebeld wordt.').max(120, 'De naam is hooguit 120 tekens.'),
  role: z.string().trim().max(120, 'De rol is hooguit 120 tekens.').default(''),
  phone: phoneNumberSchema,
});

/** The sections of a safety plan (domain.md §2); the network analysis is kept apart (network.ts). */
export const safetyPlanContentSchema = z.object({
  participants: z.array(planParticipantSchema).max(30).default([]),
  agreements: text('De afspraken'),
  riskSituations: text('De risicosituaties'),
  actionsWhenUnsafe: text('Wat het team doet'),
  callWhenUnsafe: z.array(planCallContactSchema).max(30).default([]),
  socialMedia: text('De aandachtspunten sociale media'),
  reviewDate: isoDateSchema,
});
export type SafetyPlanContent = z.output<typeof safetyPlanContentSchema>;
export type SafetyPlanContentInput = z.input<typeof safetyPlanContentSchema>;

export const safetyPlanVersionSchema = z.object({
  youthId: z.string(),
  version: z.number().int(),
  savedAt: z.string(),
  savedByName: z.string(),
  content: safetyPlanContentSchema,
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
