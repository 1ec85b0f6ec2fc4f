import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { K, W } from '../../core/similarity/fingerprint';
import {
  buildOverlapIndex,
  checkOverlap,
  type OverlapIndex,
  type SourceEssay,
} from '../../core/similarity/overlap-index';
import type { OverlapReport } from '../../shared/checks';
import { corpusFileNames } from '../corpus-files';
import { analyzeBytes } from '../miner-service';
import { removeTempFiles } from '../store/atomic-write';
import { INDEX_FORMAT, loadIndex, saveIndex } from './index-file';
import { corpusEssays, importedSource, type ImportedEssay } from './source-essays';

export interface OverlapServiceOptions {
  /** The data folder: the index is kept in its `checks` folder. */
  dataDir: string;
  /** The sample essays (*.txt), see resolveCorpusDir; a folder that does not exist means none. */
  corpusDir: string | null;
  /** The user's imported essays, read at every check so a new import counts at once. */
  imported: { list(): ImportedEssay[] } | null;
}

interface CorpusFile {
  name: string;
  stamp: string;
  sha: string;
}

/**
 * Compares drafts with the corpus essays and the user's imported essays. The index is built on
 * the first check, kept in memory and on disk, and rebuilt when the essays' content hash changes.
 */
export class OverlapService {
  private current: { hash: string; index: OverlapIndex } | null = null;
  private pending: { hash: string; index: Promise<OverlapIndex> } | null = null;
  /** Corpus files are re-read only when their size or time changes. */
  private corpusShas = new Map<string, CorpusFile>();

  constructor(private readonly options: OverlapServiceOptions) {}

  get indexPath(): string {
    return join(this.options.dataDir, 'checks', 'overlap-index.bin');
  }

  async check(text: string): Promise<OverlapReport> {
    return checkOverlap(text, await this.index());
  }

  /** The index for the essays as they are now: from memory, from disk, or built. */
  async index(): Promise<OverlapIndex> {
    const corpus = await this.corpusFiles();
    const imported = [...(this.options.imported?.list() ?? [])].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    const hash = contentHash(corpus, imported);
    if (this.current?.hash === hash) return this.current.index;
    if (this.pending?.hash !== hash) {
      const index = this.loadOrBuild(hash, corpus, imported);
      this.pending = { hash, index };
      index.then(
        (built) => {
          if (this.pending?.hash === hash) this.current = { hash, index: built };
        },
        () => {
          if (this.pending?.hash === hash) this.pending = null;
        },
      );
    }
    return this.pending.index;
  }

  private async loadOrBuild(
    hash: string,
    corpus: readonly CorpusFile[],
    imported: readonly ImportedEssay[],
  ): Promise<OverlapIndex> {
    const saved = await loadIndex(this.indexPath, hash);
    if (saved) return saved;
    const essays: SourceEssay[] = [];
    const dir = this.options.corpusDir;
    for (const f of corpus) {
      if (!dir) break;
      const bytes = await readFile(join(dir, f.name));
      essays.push(...corpusEssays(await analyzeBytes(f.name, new Uint8Array(bytes)), f.name));
    }
    essays.push(...imported.map(importedSource));
    const index = buildOverlapIndex(essays);
    await removeTempFiles(join(this.options.dataDir, 'checks')).catch(() => 0);
    // a cache that cannot be written costs a rebuild next start, not this check
    await saveIndex(this.indexPath, hash, index).catch(() => undefined);
    return index;
  }

  private async corpusFiles(): Promise<CorpusFile[]> {
    const dir = this.options.corpusDir;
    if (!dir) return [];
    const names = await corpusFileNames(dir);
    const files: CorpusFile[] = [];
    for (const name of names) {
      const info = await stat(join(dir, name));
      const stamp = `${info.size}:${info.mtimeMs}`;
      let known = this.corpusShas.get(name);
      if (known?.stamp !== stamp) {
        const sha = createHash('sha256')
          .update(await readFile(join(dir, name)))
          .digest('hex');
        known = { name, stamp, sha };
        this.corpusShas.set(name, known);
      }
      files.push(known);
    }
    return files;
  }
}

function contentHash(corpus: readonly CorpusFile[], imported: readonly ImportedEssay[]): string {
  const h = createHash('sha256').update(`format ${INDEX_FORMAT} k ${K} w ${W}\n`);
  for (const f of corpus) h.update(`corpus ${f.name} ${f.sha}\n`);
  for (const e of imported) {
    h.update(`imported ${e.id} ${e.fileName} ${e.title ?? ''} ${e.text.length}\n`).update(e.text);
  }
  return h.digest('hex');
}
