import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { safetyPlanVersions } from '../../db/schema';
import type { SafetyPlanContentInput, SafetyPlanVersionSummary } from '../../preload/contract';
import { seedYouths, signIn } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const plan: SafetyPlanContentInput = {
  participants: [{ name: 'Anouk Aarts', role: 'jongere' }],
  agreements: 'Anouk is om 22:00 binnen.',
  riskSituations: '',
  actionsWhenUnsafe: 'Bel Anouk.',
  callWhenUnsafe: [],
  socialMedia: '',
  reviewDate: '2036-06-01',
};

describe('saved safety plan versions cannot be changed or deleted, not even past the app', () => {
  it('refuses a direct update and delete of a version, and saving the next version still works', async () => {
    const services = await staffedServices();
    const [anouk] = (await seedYouths(services, [{ firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' }])) as [string];
    await signIn(services, 'officer');
    expectOk(await services.router('safetyPlan.save', { youthId: anouk, basedOnVersion: null, content: plan }));
    const { db } = services.context.requireUnlocked().handle;
    const firstVersion = eq(safetyPlanVersions.version, 1);

    expect(() => db.update(safetyPlanVersions).set({ reviewDate: '2099-01-01' }).where(firstVersion).run()).toThrow(/safety_plan_versions is append-only/);
    expect(() => db.delete(safetyPlanVersions).where(firstVersion).run()).toThrow(/safety_plan_versions is append-only/);
    expect(db.select({ reviewDate: safetyPlanVersions.reviewDate }).from(safetyPlanVersions).all()).toEqual([{ reviewDate: plan.reviewDate }]);

    expectOk(await services.router('safetyPlan.save', { youthId: anouk, basedOnVersion: 1, content: { ...plan, reviewDate: '2036-05-01' } }));
    const versions = expectOk(await services.router('safetyPlan.versions', { youthId: anouk })) as SafetyPlanVersionSummary[];
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
  });
});
