import { z } from 'zod';
import { defineCall } from './defineCall';

export const roles = ['administrator', 'traffickingOfficer', 'teamLead', 'groupWorker'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  administrator: 'Applicatiebeheerder',
  traffickingOfficer: 'Aandachtsfunctionaris mensenhandel',
  teamLead: 'Teamleider / gedragsdeskundige',
  groupWorker: 'Groepswerker',
};

export const passwordMinLength = 12;

const userNameSchema = z
  .string()
  .trim()
  .min(2, 'Vul een gebruikersnaam in van minstens 2 tekens.')
  .max(60, 'Een gebruikersnaam is hooguit 60 tekens.');

const passwordSchema = z
  .string()
  .min(passwordMinLength, `Kies een wachtwoord van minstens ${passwordMinLength} tekens.`)
  .max(200, 'Een wachtwoord is hooguit 200 tekens.');

export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('needsSetup') }),
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), user: sessionUserSchema }),
]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const setupInputSchema = z.object({ name: userNameSchema, password: passwordSchema });
export type SetupInput = z.infer<typeof setupInputSchema>;

export const unlockInputSchema = z.object({
  name: z.string().trim().min(1, 'Vul je gebruikersnaam in.').max(60),
  password: z.string().min(1, 'Vul je wachtwoord in.').max(200),
});
export type UnlockInput = z.infer<typeof unlockInputSchema>;

export const sessionCalls = {
  status: defineCall(z.undefined(), sessionStatusSchema),
  setup: defineCall(setupInputSchema, sessionUserSchema),
  unlock: defineCall(unlockInputSchema, sessionUserSchema),
  lock: defineCall(z.undefined(), z.null()),
};
