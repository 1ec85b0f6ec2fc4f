import { describe, expect, it } from 'vitest';
import {
  addCounts,
  emptyCounts,
  structureFigures,
} from '../../../electron/core/scoring/structure-score';
import { scoreFolder } from '../../../electron/services/score-folder';
import { corpusDir, repoRoot } from '../support/fixtures';
import { join } from 'node:path';

describe('the miner on the seed corpus and its hand annotations (npm run score)', () => {
  it('keeps the development figures', async () => {
    const files = await scoreFolder(join(repoRoot, 'tests', 'fixtures', 'corpus'), corpusDir);
    expect(files.map((f) => f.name)).toHaveLength(4);
    const total = emptyCounts();
    for (const f of files) addCounts(total, f.counts);
    const got = structureFigures(total);
    expect(got.headings).toBeGreaterThanOrEqual(0.95);
    expect(got.levels).toBeGreaterThanOrEqual(0.95);
    expect(got.groups).toBeGreaterThanOrEqual(0.9);
    expect(got.frames).toBeGreaterThanOrEqual(0.9);
    expect(got.starts).toBeGreaterThanOrEqual(0.9);
    expect(got.titles).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
