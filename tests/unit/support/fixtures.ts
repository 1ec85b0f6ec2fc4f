import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { composeApp, type AppCore } from '../../../electron/rpc/compose';
import type { NewDraft } from '../../../electron/services/store/draft-store';
import { LibraryStore, type StoreOptions } from '../../../electron/services/store/library-store';
import type { Draft, DraftSection } from '../../../electron/shared/model';
import type { Result } from '../../../electron/shared/result';

export const repoRoot = resolve(__dirname, '../../..');
export const templatesDir = join(repoRoot, 'templates');
/** The seed corpus the app ships (assets/corpus). */
export const corpusDir = join(repoRoot, 'assets', 'corpus');

/** Fresh folders under the OS temp dir, removed after each test of the calling file. */
export function useTempDirs(): (label?: string) => Promise<string> {
  const made: string[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  return async (label = 'test') => {
    const dir = await mkdtemp(join(tmpdir(), `fanshi-${label}-`));
    made.push(dir);
    return dir;
  };
}

/**
 * Opens library stores (backups off unless `options` turn them on: they have their own tests) and,
 * after each test, waits for their background work and index writes. Call it after useTempDirs:
 * hooks run last-registered first, so the writes finish before the folders are removed.
 */
export function useStores(): (dir: string, options?: StoreOptions) => Promise<LibraryStore> {
  const opened: LibraryStore[] = [];
  afterEach(async () => {
    await Promise.all(
      opened.splice(0).map((s) =>
        s
          .idle()
          .then(() => s.flush())
          .catch(() => undefined),
      ),
    );
  });
  return async (dir, options = {}) => {
    const store = new LibraryStore(dir, { autoBackup: false, ...options });
    await store.open();
    opened.push(store);
    return store;
  };
}

/**
 * Composes the app as both hosts do (shipped templates, seed corpus unless another is given) and,
 * after each test, waits for its store's writes: the index is written behind each save, after the
 * save has resolved, and a folder removed meanwhile fails with ENOTEMPTY. Call it after
 * useTempDirs, as useStores.
 */
export function useApps(): (paths: { dataDir: string; corpusDir?: string }) => Promise<AppCore> {
  const composed: AppCore[] = [];
  afterEach(async () => {
    await Promise.all(composed.splice(0).map((app) => app.store.flush().catch(() => undefined)));
  });
  return async (paths) => {
    const app = await composeApp({ templatesDir, corpusDir, ...paths });
    composed.push(app);
    return app;
  };
}

/** A draft section, its body empty unless given. */
export const section = (id: string, level: number, heading: string, body = ''): DraftSection => ({
  id,
  level,
  heading,
  body,
});

/** A realistic 安全生产 speech draft with two levels of headings. */
export function safetyDraft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 'draft-safety',
    title: '在全县安全生产工作会议上的讲话',
    templateId: null,
    opening:
      '同志们：\n今天召开全县安全生产工作会议，主要任务是分析当前形势，部署下一阶段重点工作。',
    sections: [
      {
        id: 's1',
        level: 1,
        heading: '提高思想认识，绷紧安全生产这根弦',
        body: '安全生产责任重于泰山，任何时候都不能有丝毫松懈。',
      },
      {
        id: 's2',
        level: 2,
        heading: '压实企业主体责任',
        body: '企业主要负责人是安全生产第一责任人。\n要逐级签订责任书，层层传导压力。',
      },
      {
        id: 's3',
        level: 1,
        heading: '突出重点领域，深化隐患排查整治',
        body: '聚焦道路交通、危险化学品、建筑施工等重点行业领域，开展拉网式排查。',
      },
    ],
    closing: '同志们，安全生产只有起点没有终点。让我们以更加务实的作风，坚决守住安全底线。',
    numbering: ['一、', '(一)'],
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...overrides,
  };
}

/** safetyDraft with all three heading levels, its last section inline with a two-paragraph body. */
export function threeLevelDraft(): Draft {
  return safetyDraft({
    numbering: ['一、', '(一)', '1.'],
    sections: [
      section('s1', 1, '提高思想认识', '安全生产责任重于泰山。'),
      section('s2', 2, '压实企业主体责任', '企业主要负责人是第一责任人。'),
      section('s3', 3, '签订责任书', '逐级签订，层层传导压力。'),
      {
        ...section('s4', 1, '强化督导检查。', '对2026年排查出的问题，逐项销号。\n不走过场。'),
        inline: true,
      },
    ],
  });
}

/** safetyDraft as the store takes a new one: without the id and times it gives. */
export function draftParts(overrides: Partial<NewDraft> = {}): NewDraft {
  const { id: _id, createdAt: _c, updatedAt: _u, ...parts } = safetyDraft(overrides);
  return parts;
}

/** The value of a successful Result; fails the test with the error otherwise. */
export function okValue<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}
