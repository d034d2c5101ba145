import { randomBytes, scrypt } from 'node:crypto';

export interface ScryptParams {
  name: 'scrypt';
  /** CPU/memory cost; memory used is 128 · N · r bytes (here 128 MiB). */
  N: number;
  r: number;
  p: number;
  salt: string;
}

export const defaultScryptCost = { N: 2 ** 17, r: 8, p: 1 } as const;

export function newScryptParams(): ScryptParams {
  return { name: 'scrypt', ...defaultScryptCost, salt: randomBytes(16).toString('base64') };
}

/** Derives a 256-bit key-encryption key. Runs on libuv's thread pool, so the UI stays responsive. */
export function deriveKey(password: string, params: ScryptParams): Promise<Buffer> {
  const maxmem = 128 * params.N * params.r * 2;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      Buffer.from(params.salt, 'base64'),
      32,
      { N: params.N, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}
