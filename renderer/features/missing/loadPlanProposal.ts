import type { PlanProposal, Result, SafetyPlanVersion } from '../../../preload/contract';
import { api } from '../../app/api';

/** The proposal and the plan version it starts from, to compare them; null when there is nothing to propose. */
export type LoadedProposal = { proposal: PlanProposal; current: SafetyPlanVersion | null } | null;

export async function loadPlanProposal(episodeId: string, youthId: string): Promise<Result<LoadedProposal>> {
  const proposal = await api.missing.planProposal({ episodeId });
  if (!proposal.ok) return proposal;
  if (proposal.value === null) return { ok: true, value: null };
  const { basedOnVersion } = proposal.value;
  if (basedOnVersion === null) return { ok: true, value: { proposal: proposal.value, current: null } };
  const current = await api.safetyPlan.get({ youthId, version: basedOnVersion });
  return current.ok ? { ok: true, value: { proposal: proposal.value, current: current.value } } : current;
}
