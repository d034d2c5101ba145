/** mulberry32: small and seedable, so a failing generated case can be replayed from its printed seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed from `envVar` (to replay a failure) or a fresh one, printed either way. */
export function testSeed(envVar: string, testFile: string): number {
  const seed = Number(process.env[envVar] ?? Math.floor(Math.random() * 2 ** 31));
  console.log(`seed ${seed} (replay: ${envVar}=${seed} npx vitest run ${testFile})`);
  return seed;
}
