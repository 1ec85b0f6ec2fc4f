/**
 * A big library for the benchmarks, made without the UI: drafts of about 3,000 characters
 * written straight into the data folder (5,000 of them are ≈ 45 MB of JSON), and templates of the
 * user's own saved through the host's handlers, as the template editor saves them.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { composeApp } from '../../electron/main/compose';
import { dispatch } from '../../electron/main/dispatch';
import { resolveCorpusDir, resolveTemplatesDir } from '../../electron/services/paths';
import { LibraryStore } from '../../electron/services/store/library-store';
import type { ArgsOf, Channel, ResultOf } from '../../electron/shared/contract';
import type { Draft } from '../../electron/shared/model';
import type { Result } from '../../electron/shared/result';
import { SCHEMA_VERSION } from '../../electron/services/store/migrations';

const roots = { repoRoot: resolve(__dirname, '../..') };

export const BIG_LIBRARY = { drafts: 5_000, userTemplates: 1_000 } as const;

const PARAGRAPH = '坚持把安全生产责任落实到每一个岗位、每一名职工,做到警钟长鸣、常抓不懈。'.repeat(
  5,
);

/**
 * The i-th draft: a title of its own, 3 sections × 5 paragraphs of ~190 characters, and a closing
 * whose length varies, so that sorting by 字数 gives an order of its own.
 */
export function benchDraft(i: number): Draft {
  const now = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  return {
    id: randomUUID(),
    title: `第${i + 1}期干部培训班学习心得`,
    templateId: null,
    opening: PARAGRAPH,
    sections: [1, 2, 3].map((n) => ({
      id: `s${n}`,
      level: 1,
      heading: `第${n}部分`,
      body: Array.from({ length: 5 }, () => PARAGRAPH)
        .join('\n')
        .slice(0, 950),
    })),
    closing: PARAGRAPH.slice(0, 50 + (i % 97)),
    numbering: ['一、'],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Writes `count` drafts into `dataDir` and lets a first open build the index; its close leaves
 * the day's backup, so a measured start begins no backup of its own. Returns the drafts' ids.
 */
export async function writeDrafts(dataDir: string, count: number): Promise<string[]> {
  await mkdir(join(dataDir, 'drafts'), { recursive: true });
  await writeFile(join(dataDir, 'meta.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION }));
  const ids: string[] = [];
  for (let i = 0; i < count; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, count - i) }, (_, k) => {
        const d = benchDraft(i + k);
        ids.push(d.id);
        return writeFile(join(dataDir, 'drafts', `${d.id}.json`), JSON.stringify(d));
      }),
    );
  }
  const first = new LibraryStore(dataDir);
  await first.open();
  await first.close();
  return ids;
}

/**
 * Saves `count` templates of the user's own, each a renamed copy of a shipped one. Call it before
 * writeDrafts: its close backs the library up, which is quick while the library has no drafts.
 */
export async function addUserTemplates(dataDir: string, count: number): Promise<void> {
  const core = await composeApp({
    dataDir,
    templatesDir: resolveTemplatesDir(roots),
    corpusDir: resolveCorpusDir(roots),
  });
  const call = async <C extends Channel>(channel: C, ...args: ArgsOf<C>): Promise<ResultOf<C>> => {
    const r = (await dispatch(core.handlers, channel, args)) as Result<ResultOf<C>>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value;
  };
  try {
    const builtins = (await call('templates:list')).filter((t) => t.origin === 'builtin');
    for (let i = 0; i < count; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, count - i) }, async (_, k) => {
          const base = builtins[(i + k) % builtins.length];
          if (!base) throw new Error('no shipped templates');
          const { source } = await call('templates:get', base.id);
          await call('templates:saveUser', {
            basedOn: base.id,
            name: `${base.name}(第${i + k + 1}版)`,
            source,
          });
        }),
      );
    }
  } finally {
    await core.store.close();
  }
}
