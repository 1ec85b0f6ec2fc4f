import { performance } from 'node:perf_hooks';
import { countChars, draftToText } from '../../electron/core/draft/draft-text';
import { draftToDocx } from '../../electron/services/export/docx-export';
import type { Draft } from '../../electron/shared/model';
import type { Figure } from './run';

const SENTENCE = '坚持把安全生产责任落实到每一个岗位、每一名职工,做到警钟长鸣、常抓不懈。';

const TARGET_CHARS = 10_000;

/** A 10,000-character draft in five sections, like a long 工作总结. */
function longDraft(): Draft {
  const paragraph = SENTENCE.repeat(5);
  const perSection = Math.ceil((TARGET_CHARS - 2 * paragraph.length) / 5 / paragraph.length);
  const sectionBody = Array.from({ length: perSection }, () => paragraph).join('\n');
  return {
    id: 'bench',
    title: '2026年安全生产工作总结',
    templateId: null,
    opening: paragraph,
    sections: Array.from({ length: 5 }, (_, i) => ({
      id: `s${i}`,
      level: 1,
      heading: `第${i + 1}部分工作情况`,
      body: sectionBody,
    })),
    closing: paragraph,
    numbering: ['一、'],
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
}

export default async function exportBench(): Promise<Figure[]> {
  const draft = longDraft();
  if (countChars(draftToText(draft)) < TARGET_CHARS) throw new Error('bench draft too short');
  await draftToDocx(draft, { preset: 'gbt9704' }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await draftToDocx(draft, { preset: 'gbt9704' });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [{ name: 'export.docx_ms', value: times[Math.floor(times.length / 2)] ?? 0, unit: 'ms' }];
}
