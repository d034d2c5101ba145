import type { ApiError } from '../../preload/contract';
import { fromSqliteError } from '../../db/errors';
import { AppError, appMessages } from './AppError';

/** Maps anything thrown below the IPC boundary to an error the renderer may show. */
export function toApiError(error: unknown): { apiError: ApiError; expected: boolean } {
  if (error instanceof AppError) {
    return {
      apiError: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
      expected: true,
    };
  }
  const databaseError = fromSqliteError(error);
  if (databaseError) return { apiError: { code: databaseError.code, message: databaseError.message }, expected: true };
  return { apiError: { code: 'INTERNAL', message: appMessages.internal }, expected: false };
}
