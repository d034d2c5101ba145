import { z } from 'zod';
import type { CallDefinition } from './defineCall';
import type { Result } from './result';
import { accessLogCalls, emergencyCalls } from './access';
import { accountCalls, settingsCalls } from './accounts';
import { attentionCalls } from './attention';
import { backupCalls } from './backups';
import { disclosureCalls } from './disclosures';
import { missingCalls } from './missing';
import { networkCalls } from './network';
import { photoCalls } from './photos';
import { safetyPlanCalls } from './safetyPlan';
import { sharingCalls } from './sharing';
import { sessionCalls } from './session';
import { signalCalls } from './signals';
import { meldcodeCalls } from './meldcodeCase';
import { socialMapCalls } from './socialMap';
import { locationCalls, youthCalls } from './youths';

z.config(z.locales.nl());

/**
 * The one API contract: every call the renderer can make, grouped per domain.
 * Main validates every input against it; the preload exposes exactly these calls.
 */
export const contract = {
  session: sessionCalls,
  youths: youthCalls,
  photos: photoCalls,
  safetyPlan: safetyPlanCalls,
  network: networkCalls,
  attention: attentionCalls,
  missing: missingCalls,
  signals: signalCalls,
  meldcode: meldcodeCalls,
  socialMap: socialMapCalls,
  sharing: sharingCalls,
  disclosures: disclosureCalls,
  locations: locationCalls,
  accounts: accountCalls,
  settings: settingsCalls,
  emergency: emergencyCalls,
  accessLog: accessLogCalls,
  backups: backupCalls,
} satisfies Record<string, Record<string, CallDefinition>>;

export type Contract = typeof contract;
export type Domain = keyof Contract;
export type CallName<D extends Domain> = keyof Contract[D] & string;
export type Channel = { [D in Domain]: `${D}.${CallName<D>}` }[Domain];

type CallOf<D extends Domain, C extends CallName<D>> = Contract[D][C] extends CallDefinition<infer I, infer O>
  ? { input: z.input<I>; parsed: z.output<I>; output: z.output<O> }
  : never;

export type CallInput<D extends Domain, C extends CallName<D>> = CallOf<D, C>['input'];
export type ParsedInput<D extends Domain, C extends CallName<D>> = CallOf<D, C>['parsed'];
export type CallOutput<D extends Domain, C extends CallName<D>> = CallOf<D, C>['output'];

/** What `window.api` looks like: one async function per call, resolving to a Result. */
export type Api = {
  readonly [D in Domain]: {
    readonly [C in CallName<D>]: [CallInput<D, C>] extends [undefined]
      ? () => Promise<Result<CallOutput<D, C>>>
      : (input: CallInput<D, C>) => Promise<Result<CallOutput<D, C>>>;
  };
};

/** The channel names per domain, for the preload and the test harness to build `window.api`. */
export const channelNames: Record<string, string[]> = Object.fromEntries(
  Object.entries(contract).map(([domain, calls]) => [domain, Object.keys(calls)]),
);

export interface CallLookup {
  domain: string;
  call: string;
  definition: CallDefinition;
}

/** The contract call behind a channel name, matched on own properties only (no prototype names). */
export function lookupCall(channel: string): CallLookup | undefined {
  const [domain, call, ...rest] = channel.split('.');
  if (!domain || !call || rest.length > 0) return undefined;
  if (!Object.hasOwn(contract, domain)) return undefined;
  const calls: Record<string, CallDefinition> = contract[domain as Domain];
  const definition = Object.hasOwn(calls, call) ? calls[call] : undefined;
  return definition ? { domain, call, definition } : undefined;
}

export * from './result';
export * from './session';
export * from './youths';
export * from './accounts';
export * from './access';
export * from './youthProfile';
export * from './photos';
export * from './safetyPlan';
export * from './network';
export * from './attention';
export * from './backups';
export * from './missing';
export * from './disclosures';
export * from './meldcode';
export * from './signals';
export * from './meldcodeCase';
export * from './meldcodeTexts';
export * from './socialMap';
export * from './sharing';
export { assessUrgency, youngAgeSuggestionYears, type UrgencyAssessment } from './rules/urgency';
export { isValidBsn } from './rules/bsn';
export { isValidPhoneNumber } from './rules/phoneNumber';
export { isValidPostcode } from './rules/postcode';
export { isRealIsoDate } from './isoDate';
export { fieldErrorsFrom, type FieldErrors } from './fieldErrors';
