import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { readStoredDocument, readStoredSections, type UnreadableDocument } from '../../db/storedDocument';
import {
  entityDetailsSchema,
  emptyYouthProfile,
  networkEntitySchema,
  safetyPlanContentSchema,
  safetyPlanVersionSchema,
  storedEntityDetailsSchema,
  storedSafetyPlanContentSchema,
  storedYouthProfileSchema,
  youthProfileSchema,
  type EntityDetails,
  type NetworkEntity,
  type SafetyPlanContent,
  type SafetyPlanVersion,
  type YouthProfile,
} from '../../preload/contract';
import { isPhotoOld } from '../../preload/contract/rules/photoAge';
import { refusedPhoneEntity, refusedPlace, refusedPlan, refusedProfile, refusedProfilePaths } from '../support/refusedByTodaysRules';

const issuePaths = (result: { error?: z.ZodError }) => result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('contract documents in two modes', () => {
  it('give the same types whether checked or read from storage', () => {
    expectTypeOf<z.output<typeof storedYouthProfileSchema>>().toEqualTypeOf<z.output<typeof youthProfileSchema>>();
    expectTypeOf<z.output<typeof storedYouthProfileSchema>>().toEqualTypeOf<YouthProfile>();
    expectTypeOf<z.output<typeof storedSafetyPlanContentSchema>>().toEqualTypeOf<z.output<typeof safetyPlanContentSchema>>();
    expectTypeOf<z.output<typeof storedSafetyPlanContentSchema>>().toEqualTypeOf<SafetyPlanContent>();
    expectTypeOf<z.output<typeof storedEntityDetailsSchema>>().toEqualTypeOf<z.output<typeof entityDetailsSchema>>();
    expectTypeOf<z.output<typeof storedEntityDetailsSchema>>().toEqualTypeOf<EntityDetails>();
    expectTypeOf<z.output<typeof safetyPlanVersionSchema>>().toEqualTypeOf<SafetyPlanVersion>();
    expectTypeOf<z.output<typeof networkEntitySchema>>().toEqualTypeOf<NetworkEntity>();
  });

  it('still refuse on input what today’s rules refuse, each at its own field', () => {
    expect(issuePaths(youthProfileSchema.safeParse(refusedProfile)).sort()).toEqual([...refusedProfilePaths].sort());
    expect(issuePaths(safetyPlanContentSchema.safeParse(refusedPlan))).toEqual(['callWhenUnsafe.0.phone']);
    expect(issuePaths(entityDetailsSchema.safeParse(refusedPhoneEntity))).toEqual(['number']);
    expect(issuePaths(entityDetailsSchema.safeParse(refusedPlace))).toEqual(['postcode']);
  });

  it('read the same values back from storage as they were saved, with defaults for what is missing', () => {
    const profile = storedYouthProfileSchema.parse(refusedProfile);
    expect(profile.identity).toEqual({ ...emptyYouthProfile().identity, bsn: '123456781' });
    expect(profile.placement.startDate).toBe(refusedProfile.placement.startDate);
    expect(profile.contacts).toEqual([{ role: 'guardian', name: 'Gea Voogd', organisation: '', phone: '06-1234', email: '', address: '', postcode: '1234 SA', city: '', note: '' }]);
    expect(profile.phones[0]?.number).toBe('0612');
    expect(profile.vulnerabilities.other).toBe(refusedProfile.vulnerabilities.other.trim());
    expect(storedSafetyPlanContentSchema.parse(refusedPlan).callWhenUnsafe).toEqual(refusedPlan.callWhenUnsafe);
    expect(storedEntityDetailsSchema.parse(refusedPhoneEntity)).toEqual(refusedPhoneEntity);
    expect(storedEntityDetailsSchema.parse(refusedPlace)).toMatchObject({ postcode: '1234 SA', address: '' });
  });
});

describe('reading a stored document', () => {
  const read = (stored: unknown) => {
    const reports: UnreadableDocument[] = [];
    const profile = readStoredDocument('youthProfile', storedYouthProfileSchema, stored, emptyYouthProfile, (report) => reports.push(report));
    return { profile, reports };
  };

  it('reads a document of the right shape without a report', () => {
    expect(read(JSON.stringify(refusedProfile))).toEqual({ profile: storedYouthProfileSchema.parse(refusedProfile), reports: [] });
  });

  it('falls back to the defaults for JSON of another shape or text that is not JSON, and says why without the content', () => {
    expect(read('[]')).toEqual({ profile: emptyYouthProfile(), reports: [{ document: 'youthProfile', problem: 'invalid_type at (document)' }] });
    expect(read('"Gea Voogd"').profile).toEqual(emptyYouthProfile());
    expect(read('{"identity":{"bsn":')).toEqual({ profile: emptyYouthProfile(), reports: [{ document: 'youthProfile', problem: 'not JSON' }] });
    const wrongValue = read(JSON.stringify({ identity: { gender: 'Gea Voogd' } }));
    expect(wrongValue.reports).toEqual([{ document: 'youthProfile', problem: 'invalid_value at identity.gender' }]);
  });
});

describe('reading a stored profile per section', () => {
  const read = (stored: unknown) => {
    const reports: UnreadableDocument[] = [];
    const result = readStoredSections('youthProfile', storedYouthProfileSchema, stored, emptyYouthProfile, (report) => reports.push(report));
    return { ...result, reports };
  };
  const medical = { needs: 'Astma.', medications: [{ name: 'Salbutamol', dose: 'zo nodig', note: '' }] };

  it('reads a whole profile as saved, with no section unreadable', () => {
    expect(read(JSON.stringify(refusedProfile))).toEqual({ value: storedYouthProfileSchema.parse(refusedProfile), unreadableSections: [], reports: [] });
    expect(read(JSON.stringify({}))).toEqual({ value: emptyYouthProfile(), unreadableSections: [], reports: [] });
  });

  it('empties only a section it cannot read, keeps the others, and names it with the problem but not the content', () => {
    const stored = { ...refusedProfile, contacts: [{ role: 'stepParent', name: 'Gea Voogd' }], medical };
    const { value, unreadableSections, reports } = read(JSON.stringify(stored));
    expect(unreadableSections).toEqual(['contacts']);
    expect(value).toEqual({ ...storedYouthProfileSchema.parse({ ...refusedProfile, medical }), contacts: [] });
    expect(value.medical.medications[0]?.name).toBe('Salbutamol');
    expect(reports).toEqual([{ document: 'youthProfile', section: 'contacts', problem: 'invalid_value at contacts.0.role' }]);
    expect(JSON.stringify(reports)).not.toContain('Gea');
  });

  it('reports each unreadable section on its own, in the profile’s order', () => {
    const { value, unreadableSections, reports } = read({ identity: { gender: 'x' }, medical, belongings: 'paspoort' });
    expect(unreadableSections).toEqual(['identity', 'belongings']);
    expect(value).toEqual({ ...emptyYouthProfile(), medical });
    expect(reports.map((report) => report.section)).toEqual(['identity', 'belongings']);
    expect(reports[1]).toEqual({ document: 'youthProfile', section: 'belongings', problem: 'invalid_type at belongings' });
  });

  it('reads a document that is not an object at all as empty, with every section unreadable and one report', () => {
    const everySection = Object.keys(emptyYouthProfile());
    for (const [stored, problem] of [
      ['[]', 'invalid_type at (document)'],
      ['"Gea Voogd"', 'invalid_type at (document)'],
      ['{"identity":{"bsn":', 'not JSON'],
    ] as const) {
      expect(read(stored)).toEqual({ value: emptyYouthProfile(), unreadableSections: everySection, reports: [{ document: 'youthProfile', problem }] });
    }
  });
});

describe('a stored photo day that is not a date', () => {
  it('counts the portrait as old instead of failing the file and the start screen', () => {
    expect(isPhotoOld('', '2026-03-01')).toBe(true);
    expect(isPhotoOld('gisteren', '2026-03-01')).toBe(true);
    expect(isPhotoOld('2026-02-30', '2026-03-01')).toBe(true);
    expect(isPhotoOld('2026-02-28', '2026-03-01')).toBe(false);
  });
});
