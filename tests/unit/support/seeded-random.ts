/**
 * Randomness a failing run can replay: a small PRNG (mulberry32) whose seed is printed, taken
 * from FANSHI_TEST_SEED when set, else from the clock.
 */
export function seededRandom(label: string, env: NodeJS.ProcessEnv = process.env): () => number {
  const given = env.FANSHI_TEST_SEED;
  const seed = given !== undefined && given !== '' ? Number(given) >>> 0 : Date.now() >>> 0;
  console.log(`${label}: seed ${seed} (FANSHI_TEST_SEED=${seed} repeats this run)`);
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
