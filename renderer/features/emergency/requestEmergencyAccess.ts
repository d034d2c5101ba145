import { emergencyRequestSchema, type EmergencyGrant, type EmergencyRequest, type Result } from '../../../preload/contract';
import { announceEmergencyChange } from '../../app/emergencyEvents';
import { api } from '../../app/api';
import { fieldErrorsFrom, type FieldErrors } from '../../components/fieldErrors';

interface Feedback {
  showErrors: (fields: FieldErrors, message: string | null) => void;
  send: <T>(call: () => Promise<Result<T>>) => Promise<Result<T>>;
}

/**
 * Checks the request with the contract, asks main, and tells the header's banner; null when the
 * form shows why not (`noYouth` when no youth was picked).
 */
export async function requestEmergencyAccess(input: EmergencyRequest, feedback: Feedback, noYouth: string): Promise<EmergencyGrant | null> {
  const parsed = emergencyRequestSchema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrorsFrom(parsed.error);
    if (!input.youthId) fields.youthId = noYouth;
    feedback.showErrors(fields, null);
    return null;
  }
  const result = await feedback.send(() => api.emergency.request(parsed.data));
  if (!result.ok) return null;
  announceEmergencyChange();
  return result.value;
}
