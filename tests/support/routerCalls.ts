import type { AppServices } from '../../main/services/appServices';
import { lock } from '../../main/services/sessionService';
import { signIn, type StaffMember } from './staff';
import { expectOk } from './tempDatabase';

/** Calls through main's router as the renderer makes them, and switching to another staff member (lock, then sign in). */
export function routerCalls(services: AppServices) {
  const call = async <T>(channel: string, input?: unknown) => expectOk(await services.router(channel, input)) as T;
  const as = async (member: StaffMember) => {
    lock(services.context);
    await signIn(services, member);
  };
  return { call, as };
}
