import { z } from 'zod';

/**
 * Every error that may cross the IPC boundary. The renderer shows `message` as is,
 * so it is always Dutch and never contains a stack trace or a file path.
 */
export const apiErrorCodes = [
  'VALIDATION',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'LOCKED',
  'WRONG_CREDENTIALS',
  'TOO_MANY_ATTEMPTS',
  'ACCOUNT_LOCKED_OUT',
  'ACCOUNT_DISABLED',
  'KEY_SLOT_DOWNGRADE',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DB_WRONG_KEY',
  'DB_CORRUPT',
  'DB_EXISTS',
  'DB_IO',
  'DB_TOO_NEW',
  'DB_NOT_FOUND',
  'DB_BUSY',
  'DB_READ_ONLY',
  'DB_DISK_FULL',
  'DB_NETWORK_DRIVE',
  'UNKNOWN_CALL',
  'INTERNAL',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  /** Per-field messages for forms, keyed by the input's field name. */
  fields: z.record(z.string(), z.string()).optional(),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
