import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFormula, formulaHoles } from '../../../../electron/core/templates/formula-text';
import { balanced } from '../../../../electron/core/templates/source-text';
import { OverlapService } from '../../../../electron/services/similarity/overlap-service';
import { partsToText } from '../../../../electron/services/templates/template-data';
import { TemplateLibrary } from '../../../../electron/services/templates/template-library';
import type { Template } from '../../../../electron/shared/model';
import { corpusDir, templatesDir, useTempDirs } from '../../support/fixtures';

/** Words of a writer's own, on a topic the corpus does not have (a pottery class). */
const OWN_WORDS = ['陶土', '拉坯', '釉色', '窑火', '素坯', '刻花', '晾坯', '修足', '施釉', '开片'];

/** A fresh phrase each time: two of the writer's words, never the same pair twice in a row. */
function freshWords(): () => string {
  let n = 0;
  return () => {
    const a = OWN_WORDS[n % OWN_WORDS.length] ?? '';
    const b = OWN_WORDS[(n * 3 + 1) % OWN_WORDS.length] ?? '';
    n++;
    return `${a}${b}`;
  };
}

/** Every field a writer fills, filled with their own words: each formula's holes, each row. */
function ownData(t: Template, fresh: () => string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const slot of t.slots) {
    data[slot.name] = slot.formula
      ? fillFormula(
          slot.formula,
          Object.fromEntries(formulaHoles(slot.formula).map((h) => [h, fresh()])),
        )
      : fresh();
  }
  for (const b of t.blocks) {
    data[b.name] = b.rows.map((row) => ({
      ...row,
      ...Object.fromEntries(b.fields.map((f) => [f.name, fresh()])),
    }));
  }
  return data;
}

/** The words a template writes itself: its Handlebars without the tags and the values. */
const fixedText = (source: string): string => source.replace(/\{\{[^{}]*\}\}/gu, '\n');

const ASCII_MARK = /[,;:!?()]/u;

describe('the shipped templates: writing material, not copies of someone’s essay', () => {
  const tempDir = useTempDirs();
  const library = new TemplateLibrary(templatesDir);
  let all: Template[] = [];
  beforeAll(async () => {
    await library.load();
    all = library.list().map((s) => library.get(s.id));
  });
  afterAll(() => library.close());

  const overlapOf = async (overlap: OverlapService, t: Template, data: Record<string, unknown>) => {
    const text = partsToText(await library.render(t.id, data));
    const report = await overlap.check(text);
    expect(report.sourceEssays, 'the corpus is compared with').toBeGreaterThan(0);
    return report.overlapPercent;
  };

  it('filled with the writer’s own words, overlap the corpus ≤ 10 % on average and ≤ 25 % at worst', async () => {
    const overlap = new OverlapService({
      dataDir: await tempDir('quality'),
      corpusDir,
      imported: null,
    });
    const fresh = freshWords();
    const figures: Array<[string, number]> = [];
    for (const t of all) figures.push([t.id, await overlapOf(overlap, t, ownData(t, fresh))]);
    const values = figures.map(([, v]) => v);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeLessThanOrEqual(10);
    expect(Object.fromEntries(figures.filter(([, v]) => v > 25))).toEqual({});
  }, 120_000);

  it('made into a draft untouched, bring nothing of the source essay but blanks to fill', async () => {
    const overlap = new OverlapService({
      dataDir: await tempDir('quality-blank'),
      corpusDir,
      imported: null,
    });
    for (const t of all) {
      const text = partsToText(await library.render(t.id, {}));
      expect(text, t.id).toContain('____');
      expect(await overlapOf(overlap, t, {}), t.id).toBeLessThanOrEqual(25);
    }
  }, 120_000);

  it('have unique names that say the genre and what sets each apart', () => {
    const names = all.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const t of all) expect(t.name.startsWith(`${t.genre} · `), t.name).toBe(true);
  });

  it('show their source as an essay’s title, never a file name, and have ids without one', () => {
    for (const t of all) {
      expect(t.sourceTitle, t.id).toBeTruthy();
      expect(t.sourceTitle, t.id).not.toMatch(/\.(?:txt|docx?|html?)$|[0-9a-f]{8}/iu);
      expect(t.id).toMatch(/^[a-z]+-[g-z]{6}(?:-\d+)?$/u);
      expect(t.id).not.toMatch(/[0-9a-f]{4}/u);
    }
  });

  it('write balanced quotes and brackets and Chinese marks in every frame and formula', async () => {
    const fresh = freshWords();
    for (const t of all) {
      const pieces = [
        fixedText(t.source),
        ...t.blocks.flatMap((b) => [b.frame ?? '', b.proposed?.frame ?? '']),
        ...t.sections.map((s) => s.frame ?? ''),
        ...t.slots.flatMap((s) => [s.formula ?? '', s.default]),
      ];
      for (const text of pieces) {
        expect(balanced(text), `${t.id}: ${text}`).toBe(true);
        expect(text, t.id).not.toMatch(ASCII_MARK);
      }
      const drafted = partsToText(await library.render(t.id, ownData(t, fresh)));
      expect(balanced(drafted.replaceAll('\n', '')), `${t.id}: ${drafted}`).toBe(true);
    }
  });

  it('keep each section’s hint once, one per default row', () => {
    for (const t of all) {
      expect(
        t.sections.every((s) => s.hint === undefined),
        t.id,
      ).toBe(true);
      for (const b of t.blocks) expect(b.hints, t.id).toHaveLength(b.rows.length);
    }
  });
});
