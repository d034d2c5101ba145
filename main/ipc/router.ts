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
      const found = lookupCall(channel);
      if (!found) throw new AppError('UNKNOWN_CALL', appMessages.unknownCall);
      const parsed = found.definition.input.safeParse(input);
      if (!parsed.success) throw validationError(parsed.error);
      // `Handlers` has exactly the contract's domains and calls (checked by its type), so the
      // names found in the contract index it.
      const byDomain: Record<string, Record<string, (input: never) => unknown>> = handlers;
      return { ok: true, value: await byDomain[found.domain]![found.call]!(parsed.data as never) };
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
