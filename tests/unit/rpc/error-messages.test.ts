/**
 * What reaches the user when something fails is Chinese, says what happened, and carries the
 * error's code: no paths, no English from Node, zod, Handlebars or mammoth.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { composeApp } from '../../../electron/rpc/compose';
import { dispatch } from '../../../electron/rpc/dispatch';
import type { Handlers } from '../../../electron/rpc/handlers/types';
import { docxToText } from '../../../electron/services/import/docx';
import { storeFailure } from '../../../electron/services/store/atomic-write';
import type { Draft } from '../../../electron/shared/model';
import { AppFailure } from '../../../electron/shared/result';
import { corpusDir, okValue, safetyDraft, templatesDir, useTempDirs } from '../support/fixtures';

const tempDir = useTempDirs();

/** Latin words of four letters or more: what English library text looks like. */
const ENGLISH = /[A-Za-z]{4,}/u;

describe('messages from the file system', () => {
  it.each([
    ['ENOENT', () => readFile('/nonexistent-范式/草稿/secret-draft.json')],
    ['EISDIR', () => readFile('/tmp')],
    ['ENOTDIR', () => readFile('/etc/hostname/child.json')],
  ])('%s: Chinese, no path, no English', async (code, fail) => {
    const e = storeFailure(
      await fail().then(
        () => null,
        (err: unknown) => err,
      ),
    );
    expect(e.code).toBe('io_error');
    expect(e.message).not.toMatch(ENGLISH);
    expect(e.message).not.toContain('/');
    expect(e.message).not.toContain(code);
  });
});

describe('messages from dispatch', () => {
  it('a bug in a handler is reported without its English or its paths', async () => {
    const handlers = {
      'drafts:list': {
        args: z.tuple([]),
        run: () => {
          throw new TypeError("The argument 'path' must be a string without null bytes");
        },
      },
    } as unknown as Handlers;
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const result = await dispatch(handlers, 'drafts:list', []);
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(result.ok ? '' : result.error.message).not.toMatch(ENGLISH);
    } finally {
      console.error = original;
    }
    // The detail is for the host's log.
    expect(errors.flat().map(String).join(' ')).toContain('null bytes');
  });

  it('bad arguments are described in Chinese', async () => {
    const core = await composeApp({ dataDir: await tempDir('errors'), templatesDir, corpusDir });
    const result = await dispatch(core.handlers, 'drafts:get', [42]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(result.ok ? '' : result.error.message).not.toMatch(/Invalid|expected/u);
  });

  it('each operation’s own failure keeps its code, and deleting never speaks of saving', async () => {
    const dataDir = await tempDir('errors');
    const core = await composeApp({ dataDir, templatesDir, corpusDir });
    const draft = okValue(await dispatch(core.handlers, 'drafts:create', [{ title: '心得' }]));
    // The draft's file is gone from under the store, as another program could take it.
    const { rm } = await import('node:fs/promises');
    await rm(join(dataDir, 'drafts', `${(draft as Draft).id}.json`));
    const result = await dispatch(core.handlers, 'drafts:delete', [(draft as Draft).id]);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(message).not.toContain('保存');
    expect(message).not.toMatch(ENGLISH);
    expect(message).not.toContain(dataDir);
  });
});

describe('messages from the Word reader', () => {
  it('a damaged .docx is described in Chinese, without mammoth’s or JSZip’s words', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file(
      'word/document.xml',
      `<w:document>${'<w:p>志愿服务心得</w:p>'.repeat(2_000)}</w:document>`,
    );
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Scramble the compressed document in the middle of the archive.
    const damaged = new Uint8Array(bytes);
    for (let i = 200; i < 260; i++) damaged[i] = (damaged[i] ?? 0) ^ 0x5a;
    const e = await docxToText(damaged).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppFailure);
    expect((e as AppFailure).message).toContain('Word');
    expect((e as AppFailure).message.replace(/Word|\.docx/gu, '')).not.toMatch(ENGLISH);
  }, 30_000);
});

describe('an export with characters Word cannot hold', () => {
  it('export:docx removes them and says so', async () => {
    const core = await composeApp({ dataDir: await tempDir('errors'), templatesDir, corpusDir });
    const created = okValue(
      await dispatch(core.handlers, 'drafts:create', [{ title: '草稿' }]),
    ) as Draft;
    const saved = okValue(
      await dispatch(core.handlers, 'drafts:save', [
        {
          ...safetyDraft({ closing: '守住\uFFFE安全\u0000底线\uD800。' }),
          id: created.id,
          createdAt: created.createdAt,
          updatedAt: created.updatedAt,
        },
      ]),
    ) as Draft;
    const file = okValue(await dispatch(core.handlers, 'export:docx', [saved.id, {}])) as {
      base64: string;
      warnings: string[];
    };
    expect(file.warnings.join('')).toContain('3 个字符无法写入 Word');
    const docx = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('守住安全底线');
  });
});
