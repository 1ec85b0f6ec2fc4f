import { randomUUID } from 'node:crypto';
import { mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { countChars, draftToText } from '../../core/draft/draft-text';
import type { Draft, DraftSummary } from '../../shared/model';
import { AppFailure } from '../../shared/result';

export const SCHEMA_VERSION = 1;

export interface Outline {
  id: string;
  name: string;
  title: string;
  numbering: Draft['numbering'];
  sections: Array<{ level: number; heading: string }>;
}

export interface LibraryData {
  schemaVersion: number;
  drafts: Draft[];
  outlines: Outline[];
}

const emptyLibrary = (): LibraryData => ({
  schemaVersion: SCHEMA_VERSION,
  drafts: [],
  outlines: [],
});

const isLibrary = (v: unknown): v is LibraryData =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as LibraryData).drafts) &&
  Array.isArray((v as LibraryData).outlines);

/**
 * The user's drafts and outlines in one lowdb file under the data folder. Built with
 * `new Low(new JSONFile())` rather than JSONFilePreset, which silently keeps data in memory when
 * NODE_ENV=test.
 */
export class LibraryStore {
  private db: Low<LibraryData> | null = null;
  /** What start-up had to repair, for the UI to tell the user. */
  readonly warnings: string[] = [];

  constructor(readonly dataDir: string) {}

  get file(): string {
    return join(this.dataDir, 'library.json');
  }

  async open(): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    const db = new Low<LibraryData>(new JSONFile<LibraryData>(this.file), emptyLibrary());
    // Read through the adapter, not db.read(): lowdb keeps its defaults when the file holds a falsy
    // value such as `null`, and the next write would then replace the user's file unseen.
    if (await exists(this.file)) {
      let stored: unknown;
      try {
        stored = await db.adapter.read();
      } catch {
        stored = undefined; // empty, NUL-filled or truncated JSON
      }
      if (isLibrary(stored)) db.data = stored;
      else await this.setAside();
    }
    this.db = db;
  }

  private async setAside(): Promise<void> {
    const aside = `${this.file}.corrupt-${Date.now()}`;
    await rename(this.file, aside);
    this.warnings.push(`数据文件已损坏,已移至 ${aside},并以空库启动。`);
  }

  private get data(): LibraryData {
    if (!this.db) throw new AppFailure('internal', '数据库尚未打开');
    return this.db.data;
  }

  private async write(): Promise<void> {
    try {
      await this.db?.write();
    } catch (e) {
      throw new AppFailure('io_error', `保存失败:${e instanceof Error ? e.message : String(e)}`);
    }
  }

  listDrafts(): DraftSummary[] {
    return this.data.drafts
      .map((d) => ({
        id: d.id,
        title: d.title,
        templateId: d.templateId,
        updatedAt: d.updatedAt,
        chars: countChars(draftToText(d)) - countChars(d.title),
      }))
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  getDraft(id: string): Draft {
    const draft = this.data.drafts.find((d) => d.id === id);
    if (!draft) throw new AppFailure('not_found', `找不到草稿 ${id}`);
    return draft;
  }

  async insertDraft(parts: Omit<Draft, 'id' | 'createdAt' | 'updatedAt'>): Promise<Draft> {
    const now = new Date().toISOString();
    const draft: Draft = { ...parts, id: randomUUID(), createdAt: now, updatedAt: now };
    this.data.drafts.push(draft);
    await this.write();
    return draft;
  }

  async saveDraft(draft: Draft): Promise<Draft> {
    const i = this.data.drafts.findIndex((d) => d.id === draft.id);
    if (i < 0) throw new AppFailure('not_found', `找不到草稿 ${draft.id}`);
    const saved: Draft = { ...draft, updatedAt: new Date().toISOString() };
    this.data.drafts[i] = saved;
    await this.write();
    return saved;
  }

  async deleteDraft(id: string): Promise<void> {
    const before = this.data.drafts.length;
    this.data.drafts = this.data.drafts.filter((d) => d.id !== id);
    if (this.data.drafts.length === before) throw new AppFailure('not_found', `找不到草稿 ${id}`);
    await this.write();
  }

  getOutline(id: string): Outline {
    const outline = this.data.outlines.find((o) => o.id === id);
    if (!outline) throw new AppFailure('not_found', `找不到提纲 ${id}`);
    return outline;
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}
