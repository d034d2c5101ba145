import type { z } from 'zod';
import { fieldErrorsFrom, lookupCall, type Result } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { toApiError } from '../errors/toApiError';
import type { Logger } from '../logging/logger';
import type { Handlers } from './handlers';

export type Router = (channel: string, input: unknown) => Promise<Result<unknown>>;

/**
 * The one entry point for every call from the renderer, used by the Electron shell and by the
 * test harness alike: the input is `unknown` until the contract's schema has parsed it.
 */
export function createRouter(handlers: Handlers, logger: Logger): Router {
  return async (channel, input) => {
    try {
      const call = lookupCall(channel);
      if (!call) throw new AppError('UNKNOWN_CALL', appMessages.unknownCall);
      const parsed = call.input.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      const [domain, name] = channel.split('.') as [string, string];
      const handler = (handlers as unknown as Record<string, Record<string, (input: unknown) => unknown>>)[domain]?.[name];
      if (!handler) throw new AppError('UNKNOWN_CALL', appMessages.unknownCall);
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      const { apiError, expected } = toApiError(error);
      if (!expected) logger.error(`ipc ${channel}`, error);
      return { ok: false, error: apiError };
    }
  };
}

function validationError(error: z.ZodError): AppError {
  return new AppError('VALIDATION', appMessages.invalidInput, fieldErrorsFrom(error));
}
