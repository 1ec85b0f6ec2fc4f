/**
 * Heavy and hostile imports through the browser host over HTTP, with the host's import worker
 * loaded as after start-up.
 * import.crafted_html_ms: `<body>` + `<p`×50,000 + `</body>` (100 KB) imported (goal < 1,000).
 * import.unrelated_call_p50_ms / p95 / max: `drafts:list` answered while a 20 MB .txt is being
 * imported (goal < 200).
 * import.mb20_s: that 20 MB import, start to report.
 * import.html_24mb_ms: a 24 MB ordinary page turned into text (one pass).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { composeApp } from '../../electron/rpc/compose';
import { htmlToText } from '../../electron/services/import/html';
import { startWebHost } from '../../electron/web/server';
import type { Result } from '../../electron/shared/result';
import type { Figure } from './run';
import { resolveCorpusDir } from '../../electron/services/paths';

const LINES = [
  '每周六上午,我们到社区敬老院陪老人聊天、打扫卫生、整理图书。',
  '冬天天冷路滑,志愿者们依然按时到岗,没有一个人缺席。',
  '分工明确以后,搬运物资的效率比上个月提高了一倍。',
];

function essay(lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => LINES[i % LINES.length]).join('\n');
  return [
    '社区志愿服务心得体会',
    '参加社区志愿服务一年来,我收获了成长。',
    '一、在服务中学会倾听',
    body,
    '二、在服务中学会坚持',
    body,
    '三、在服务中学会合作',
    body,
    '总之,志愿服务让我更懂得责任与担当。',
  ].join('\n');
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

export default async function (): Promise<Figure[]> {
  const root = await mkdtemp(join(tmpdir(), 'fanshi-bench-import-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
  const core = await composeApp({
    dataDir: join(root, 'data'),
    templatesDir: resolve(__dirname, '../../templates'),
    corpusDir: resolveCorpusDir({ repoRoot: resolve(__dirname, '../..') }),
    warmImports: true,
  });
  const host = await startWebHost({ handlers: core.handlers, rendererDir, port: 0 });
  const call = async (channel: string, args: unknown[]): Promise<Result<unknown>> => {
    const res = await fetch(`http://127.0.0.1:${host.port}/rpc/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    return (await res.json()) as Result<unknown>;
  };
  const importFile = (fileName: string, bytes: string | Buffer): Promise<Result<unknown>> =>
    call('templates:importEssays', [{ fileName, base64: Buffer.from(bytes).toString('base64') }]);

  try {
    // As after start-up: the worker loaded, one small import done.
    await importFile('热身.txt', essay(3));

    const craftedStart = performance.now();
    const crafted = await importFile('crafted.html', `<body>${'<p'.repeat(50_000)}</body>`);
    const craftedMs = performance.now() - craftedStart;
    if (!crafted.ok) throw new Error(`crafted import failed: ${crafted.error.message}`);

    const one = essay(9_000);
    const big = Buffer.from(
      Array.from(
        { length: Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(one)) },
        () => one,
      ).join('\n\n'),
    );
    const state = { done: false };
    const bigStart = performance.now();
    const importing = importFile('志愿服务合集.txt', big).finally(() => (state.done = true));
    const latencies: number[] = [];
    while (!state.done) {
      const t0 = performance.now();
      await call('drafts:list', []);
      latencies.push(performance.now() - t0);
      // As a progress bar polls, and no longer once the import has answered.
      await Promise.race([importing, new Promise((r) => setTimeout(r, 50))]);
    }
    const bigResult = await importing;
    const bigSeconds = (performance.now() - bigStart) / 1000;
    if (!bigResult.ok) throw new Error(`20 MB import failed: ${bigResult.error.message}`);
    latencies.sort((a, b) => a - b);

    const page = `<html><body>${'<p>这是一段普通网页上的文字,用来测量转换速度。</p>\n'.repeat(480_000)}</body></html>`;
    const htmlStart = performance.now();
    htmlToText(page);
    const htmlMs = performance.now() - htmlStart;

    return [
      { name: 'import.crafted_html_ms', value: craftedMs, unit: 'ms' },
      { name: 'import.unrelated_call_p50_ms', value: percentile(latencies, 0.5), unit: 'ms' },
      { name: 'import.unrelated_call_p95_ms', value: percentile(latencies, 0.95), unit: 'ms' },
      { name: 'import.unrelated_call_max_ms', value: latencies.at(-1) ?? Number.NaN, unit: 'ms' },
      { name: 'import.unrelated_calls', value: latencies.length, unit: 'calls' },
      { name: 'import.mb20_s', value: bigSeconds, unit: 's' },
      { name: 'import.html_24mb_ms', value: htmlMs, unit: 'ms' },
    ];
  } finally {
    await host.close();
    await core.store.close();
    await rm(root, { recursive: true, force: true });
  }
}
