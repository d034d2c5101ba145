import { youthUpdateSchema, type FieldErrors, type Youth, type YouthProfile, type YouthUpdate } from '../../../preload/contract';
import { youthFieldErrors, type YouthBasics } from '../youths/youthBasics';

type Description = YouthProfile['description'];

/** The profile as the form holds it: like the saved one, but the height as typed. */
export type ProfileDraft = Omit<YouthProfile, 'description'> & { description: Omit<Description, 'heightCm'> & { heightCm: string } };

/**
 * Everything the "Gegevens wijzigen" form edits, shaped like `youths.update`'s input, so a
 * field's key ('firstName', 'profile.phones.0.number') is also the key of main's message for it.
 */
export type ProfileFormValues = YouthBasics & { profile: ProfileDraft };

export function formValuesOf(youth: Youth, profile: YouthProfile): ProfileFormValues {
  return {
    firstName: youth.firstName,
    lastName: youth.lastName,
    alias: youth.alias,
    dateOfBirth: youth.dateOfBirth,
    locationId: youth.locationId,
    profile: { ...profile, description: { ...profile.description, heightCm: profile.description.heightCm === null ? '' : String(profile.description.heightCm) } },
  };
}

/** An empty height is unknown; anything not a number becomes NaN, which the contract names. */
function heightFromText(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/** What the user typed, checked; the form adds which saved version it started from when it sends. */
export type CheckedProfile = Omit<YouthUpdate, 'basedOnUpdatedAt'>;
export type ProfileCheck = { ok: true; update: CheckedProfile } | { ok: false; errors: FieldErrors };

const typedInputSchema = youthUpdateSchema.omit({ basedOnUpdatedAt: true });

/** The contract's own check, as main runs it: the same Dutch messages before anything is sent. */
export function checkProfileForm(id: string, values: ProfileFormValues): ProfileCheck {
  const { profile, ...basics } = values;
  const input = { id, ...basics, profile: { ...profile, description: { ...profile.description, heightCm: heightFromText(profile.description.heightCm) } } };
  const parsed = typedInputSchema.safeParse(input);
  return parsed.success ? { ok: true, update: parsed.data } : { ok: false, errors: youthFieldErrors(parsed.error, basics) };
}

/** The value under a dotted key such as 'profile.contacts.0.name'. */
export function valueAt(values: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), values);
}

/** A copy with the value under a dotted key replaced; arrays stay arrays. */
export function withValueAt<T>(values: T, key: string, value: unknown): T {
  const [head, ...rest] = key.split('.');
  if (head === undefined) return values;
  const replaced = rest.length === 0 ? value : withValueAt((values as Record<string, unknown>)[head], rest.join('.'), value);
  if (Array.isArray(values)) return values.map((item, index) => (index === Number(head) ? replaced : item)) as T;
  return { ...(values as object), [head]: replaced } as T;
}

/**
 * The messages still meant for the fields they were shown at after row `removed` of a list went:
 * rows after it moved up one place, so their keys do too.
 */
export function keysAfterRemoval(shown: readonly string[], listKey: string, removed: number): string[] {
  const prefix = `${listKey}.`;
  return shown.flatMap((key) => {
    if (!key.startsWith(prefix)) return [key];
    const [index, ...field] = key.slice(prefix.length).split('.');
    const row = Number(index);
    if (row === removed) return [];
    return [row < removed ? key : [listKey, row - 1, ...field].join('.')];
  });
}
