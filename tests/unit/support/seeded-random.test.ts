import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random';

const draw = (random: () => number, n: number): number[] => Array.from({ length: n }, random);

describe('seededRandom, the tests’ replayable randomness', () => {
  it('repeats a run from the seed given in FANSHI_TEST_SEED, and differs for another seed', () => {
    const first = draw(seededRandom('a', { FANSHI_TEST_SEED: '20260301' }), 50);
    expect(draw(seededRandom('b', { FANSHI_TEST_SEED: '20260301' }), 50)).toEqual(first);
    expect(draw(seededRandom('c', { FANSHI_TEST_SEED: '20260302' }), 50)).not.toEqual(first);
  });

  it('draws from [0, 1), spread over the whole range', () => {
    const values = draw(seededRandom('d', { FANSHI_TEST_SEED: '7' }), 2_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const tenths = new Set(values.map((v) => Math.floor(v * 10)));
    expect(tenths.size).toBe(10);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
