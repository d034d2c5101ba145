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

/** Roles whose access to youths follows their locations (the others: all, or none). */
export const locationBoundRoles: readonly Role[] = ['teamLead', 'groupWorker'];

export const passwordMinLength = 12;

export const passwordAdvice = `Minstens ${passwordMinLength} tekens. Een zin van een paar gewone woorden is sterk én te onthouden; herhalingen en je eigen naam zijn niet toegestaan.`;

const userNameSchema = z
  .string()
  .trim()
  .min(2, 'Vul een gebruikersnaam in van minstens 2 tekens.')
  .max(60, 'Een gebruikersnaam is hooguit 60 tekens.');

/** Guessed first by anyone trying: refused even when long enough. */
const commonPasswords = new Set([
  'wachtwoord123',
  'wachtwoord1234',
  'welkom123456',
  'password1234',
  'qwertyuiop12',
  '123456789012',
  'waakzaam1234',
]);

export const passwordSchema = z
  .string()
  .min(passwordMinLength, `Kies een wachtwoord van minstens ${passwordMinLength} tekens.`)
  .max(200, 'Een wachtwoord is hooguit 200 tekens.')
  .refine((value) => new Set(value).size >= 5, 'Dit wachtwoord herhaalt te weinig verschillende tekens. Kies bijvoorbeeld een zin van een paar woorden.')
  .refine((value) => !commonPasswords.has(value.toLowerCase()), 'Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden. Kies een ander.');

/** A password may not be (or contain) the account's own name. */
export function passwordContainsName(password: string, name: string): boolean {
  const key = name.trim().toLowerCase();
  return key.length >= 3 && password.toLowerCase().includes(key);
}
export const passwordContainsNameMessage = 'Je wachtwoord mag je gebruikersnaam niet bevatten.';

export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(roles),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

/** What the renderer needs to know about a signed-in session. */
export const sessionInfoSchema = z.object({
  user: sessionUserSchema,
  /** Idle time after which the screen locks itself. */
  idleLockSeconds: z.number().int().positive(),
  /** Set after an administrator reset: the user must choose a new password first. */
  mustChangePassword: z.boolean(),
  /** Things the user should know right after signing in (e.g. the computer's clock went back). */
  notices: z.array(z.string()),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const sessionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('needsSetup') }),
  z.object({ state: z.literal('locked') }),
  z.object({ state: z.literal('unlocked'), session: sessionInfoSchema }),
]);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const setupInputSchema = z
  .object({ name: userNameSchema, password: passwordSchema })
  .refine((input) => !passwordContainsName(input.password, input.name), { message: passwordContainsNameMessage, path: ['password'] });
export type SetupInput = z.infer<typeof setupInputSchema>;

/** The recovery key is shown once, right after setup (or after making a new one). */
export const setupResultSchema = z.object({ session: sessionInfoSchema, recoveryKey: z.string() });
export type SetupResult = z.infer<typeof setupResultSchema>;

export const unlockInputSchema = z.object({
  name: z.string().trim().min(1, 'Vul je gebruikersnaam in.').max(60),
  password: z.string().min(1, 'Vul je wachtwoord in.').max(200),
});
export type UnlockInput = z.infer<typeof unlockInputSchema>;

export const recoveryInputSchema = z
  .object({
    recoveryKey: z.string().trim().min(1, 'Vul de herstelsleutel in.').max(120, 'Een herstelsleutel is korter dan dit.'),
    /** The administrator account that gets the new password. */
    name: z.string().trim().min(1, 'Vul de gebruikersnaam van de beheerder in.').max(60),
    newPassword: passwordSchema,
  })
  .refine((input) => !passwordContainsName(input.newPassword, input.name), { message: passwordContainsNameMessage, path: ['newPassword'] });
export type RecoveryInput = z.infer<typeof recoveryInputSchema>;

/** Why a session ended: the first three come from the renderer, the others from main. */
export const lockReasons = ['manual', 'idle', 'switchUser', 'system', 'quit'] as const;
export type LockReason = (typeof lockReasons)[number];

export const lockInputSchema = z.object({ reason: z.enum(['manual', 'idle', 'switchUser']) }).optional();

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1, 'Vul je huidige wachtwoord in.').max(200),
    newPassword: passwordSchema,
  })
  .refine((input) => input.currentPassword !== input.newPassword, {
    message: 'Kies een nieuw wachtwoord dat verschilt van het huidige.',
    path: ['newPassword'],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export const sessionCalls = {
  status: defineCall(z.undefined(), sessionStatusSchema),
  setup: defineCall(setupInputSchema, setupResultSchema),
  unlock: defineCall(unlockInputSchema, sessionInfoSchema),
  /** Opens the database with the recovery key and gives an administrator a new password. */
  recover: defineCall(recoveryInputSchema, sessionInfoSchema),
  lock: defineCall(lockInputSchema, z.null()),
  /** The user is active: keeps main's own idle lock from firing. */
  touch: defineCall(z.undefined(), z.null()),
  changePassword: defineCall(changePasswordInputSchema, sessionInfoSchema),
};

/** Pushed from main to the renderer when main ended the session on its own. */
export const sessionLockedEventSchema = z.object({ reason: z.enum(lockReasons) });
export type SessionLockedEvent = z.infer<typeof sessionLockedEventSchema>;
export const sessionLockedChannel = 'event.sessionLocked';

/** What the preload exposes as `window.sessionEvents`: main's pushes about the session. */
export interface SessionEvents {
  /** Returns a function that stops listening. */
  onLocked(listener: (event: SessionLockedEvent) => void): () => void;
}
