import { randomBytes, scrypt } from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  /** CPU/memory cost; memory used is 128 · N · r bytes (here 128 MiB). */
  N: number;
  r: number;
  p: number;
  salt: string;
}

/** About half a second on the reference PC: strong, but not annoying at every unlock. */
export const defaultScryptCost = { N: 2 ** 17, r: 8, p: 1 } as const;

/**
 * The weakest slot the app still opens: 64 MiB of memory, comparable to Argon2id at 64 MiB
 * and 3 passes. A slot below it was not made by this app, or was weakened on purpose.
 */
export const scryptFloor = { N: 2 ** 16, r: 8 } as const;

function memoryCost(params: Pick<ScryptParams, 'N' | 'r'>): number {
  return params.N * params.r;
}

export function isBelowFloor(params: ScryptParams): boolean {
  return memoryCost(params) < memoryCost(scryptFloor);
}

/** A slot made with older, cheaper settings: re-wrapped with the current ones at the next unlock. */
export function isBelowDefault(params: ScryptParams): boolean {
  return memoryCost(params) < memoryCost(defaultScryptCost) || params.p < defaultScryptCost.p;
}

export function newScryptParams(): ScryptParams {
  return { name: 'scrypt', ...defaultScryptCost, salt: randomBytes(16).toString('base64') };
}

/** Derives a 256-bit key-encryption key. Runs on libuv's thread pool, so the UI stays responsive. */
export function deriveKey(secret: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(
      secret.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
