/**
 * Hostile and heavy imports over HTTP: the host keeps answering other calls while it mines, a
 * crafted page costs what its size costs, and a file or an essay too big is refused or left out
 * with a message, never kept as an enormous record.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportStage } from '../../../electron/shared/model';
import { MAX_ESSAY_CHARS } from '../../../electron/services/import/mine-file';
import { IMPORT_LIMITS } from '../../../electron/services/import/run-import';
import { okValue, useTempDirs } from '../support/fixtures';
import { useHttpHost, type HttpHost } from '../support/http-host';

const tempDir = useTempDirs();
const httpHost = useHttpHost(tempDir);

const base64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');

const SENTENCES = [
  '每周六上午,我们到社区敬老院陪老人聊天、打扫卫生、整理图书。',
  '冬天天冷路滑,志愿者们依然按时到岗,没有一个人缺席。',
  '分工明确以后,搬运物资的效率比上个月提高了一倍。',
  '老人们拉着我们的手,讲起年轻时在工厂里做工的故事。',
  '活动结束后,大家围坐在一起,把遇到的问题一条条记下来。',
];

/** A 志愿服务 essay with three numbered sections of `lines` body lines each. */
function essay(n: number, lines: number): string {
  const body = (k: number): string =>
    Array.from({ length: lines }, (_, i) => SENTENCES[(i + k) % SENTENCES.length]).join('\n');
  return [
    n % 2 === 0 ? '社区志愿服务心得体会' : '参加社区志愿服务的体会',
    '参加社区志愿服务一年来,我在服务他人的过程中收获了成长。',
    '一、在服务中学会倾听',
    body(0),
    '二、在服务中学会坚持',
    body(1),
    '三、在服务中学会合作',
    body(2),
    '总之,志愿服务让我更懂得责任与担当。',
  ].join('\n');
}

/** About `mb` megabytes of essays, each longer than what 查重 keeps. */
function bigFile(mb: number): Buffer {
  const one = essay(0, 9_000);
  const count = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(one));
  return Buffer.from(Array.from({ length: count }, (_, n) => essay(n + 1, 9_000)).join('\n\n'));
}

/** A tiny import first: the spare worker is loaded, as it is once a host has started. */
async function warmedUp(h: HttpHost): Promise<void> {
  const { result } = await h.call('templates:importEssays', {
    fileName: '热身.txt',
    base64: base64(essay(0, 2)),
  });
  okValue(result);
}

describe('a crafted or heavy page', () => {
  it.each([
    {
      name: "100 KB of '<p' in a body",
      html: `<body>${'<p'.repeat(50_000)}</body>`,
      within: 3_000,
    },
    { name: '22 MB of <script', html: '<script'.repeat(3_150_000), within: 20_000 },
  ])('$name: answered at once, with no essay found', async ({ html, within }) => {
    const h = await httpHost();
    await warmedUp(h);
    const started = performance.now();
    const { result } = await h.call('templates:importEssays', {
      fileName: 'crafted.html',
      base64: base64(html),
    });
    // Before: 12–16 s for the first and never for the second, with every other call waiting.
    expect(performance.now() - started).toBeLessThan(within);
    expect(okValue(result)).toMatchObject({ essays: [], templates: [] });
  });

  it('24 MB of ordinary HTML is mined (no "Maximum call stack size exceeded")', async () => {
    const h = await httpHost();
    const paragraphs = essay(1, 3)
      .split('\n')
      .map((l) => `<p>${l}</p>`)
      .join('\n');
    const page = `<html><head><title>志愿服务</title></head><body>${paragraphs}${'<div>&nbsp;</div>\n'.repeat(1_400_000)}</body></html>`;
    expect(page.length).toBeGreaterThan(24_000_000);
    const { result } = await h.call('templates:importEssays', {
      fileName: '志愿服务.html',
      base64: base64(page),
    });
    const report = okValue(result);
    expect(report.essays[0]?.title).toBe('参加社区志愿服务的体会');
    expect(report.essays[0]?.headings).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

describe('a 20 MB import', () => {
  it('runs beside other calls, which answer at once, and shows how far it has got', async () => {
    const h = await httpHost();
    await warmedUp(h);
    const file = bigFile(20);
    const state = { finished: false };
    const importing = h
      .call('templates:importEssays', { fileName: '志愿服务合集.txt', base64: base64(file) })
      .finally(() => (state.finished = true));

    const latencies: number[] = [];
    const stages = new Set<ImportStage>();
    while (!state.finished) {
      const t0 = performance.now();
      const listed = await h.call('drafts:list');
      latencies.push(performance.now() - t0);
      expect(listed.result.ok).toBe(true);
      const progress = okValue((await h.call('templates:importProgress')).result);
      for (const p of progress) {
        expect(p.fileName).toBe('志愿服务合集.txt');
        stages.add(p.stage);
      }
      // As a progress bar polls: often enough to see each stage, not so often as to load the CPU,
      // and no longer once the import has answered.
      await Promise.race([importing, new Promise((resolve) => setTimeout(resolve, 100))]);
    }
    const report = okValue((await importing).result);
    expect(report.templates.length).toBeGreaterThan(0);
    // Before, every call waited the whole import (18 s). Now they are answered while it mines.
    expect(latencies.length).toBeGreaterThan(5);
    const sorted = [...latencies].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(200);
    expect(stages.has('mine')).toBe(true);
    expect(okValue((await h.call('templates:importProgress')).result)).toEqual([]);

    // Essays too long to compare with are left out, with a word in the report; no huge record.
    expect(report.warnings.join('')).toContain('没有收入查重');
    const dir = join(h.dataDir, 'imported-essays');
    for (const name of await readdir(dir)) {
      expect((await stat(join(dir, name))).size).toBeLessThan(MAX_ESSAY_CHARS * 3 + 10_000);
    }
  }, 180_000);

  it('a file over the limit is refused at once with a Chinese message', async () => {
    const h = await httpHost();
    const file = Buffer.alloc(IMPORT_LIMITS.maxBytes + 1024, 0x41);
    const { result } = await h.call('templates:importEssays', {
      fileName: '太大了.txt',
      base64: base64(file),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too_large', message: expect.stringContaining('文件过大') as unknown },
    });
  }, 60_000);
});

describe('what an import keeps', () => {
  it('UTF-16 without a byte-order mark is read as text, not refused as binary', async () => {
    const h = await httpHost();
    const text = essay(3, 2).replaceAll('\n', '\r\n');
    const { result } = await h.call('templates:importEssays', {
      fileName: '志愿服务.txt',
      base64: Buffer.from(text, 'utf16le').toString('base64'),
    });
    const report = okValue(result);
    expect(report.encoding).toBe('utf-16le');
    expect(report.essays[0]?.title).toBe('参加社区志愿服务的体会');
  });

  it('keeps the base name of the file, without control or bidi characters', async () => {
    const h = await httpHost();
    const { result } = await h.call('templates:importEssays', {
      fileName: 'C:\\Users\\李明\\桌面\\志愿\u202E服务\u0000心得.txt',
      base64: base64(essay(4, 2)),
    });
    const report = okValue(result);
    expect(report.fileName).toBe('志愿服务心得.txt');
    const templates = okValue((await h.call('templates:list')).result);
    const made = templates.find((t) => t.id === report.templates[0]?.id);
    expect(made?.sourceFile).toBe('志愿服务心得.txt');
  });
});
