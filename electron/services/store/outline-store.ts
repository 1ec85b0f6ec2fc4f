import { randomUUID } from 'node:crypto';
import { outlineOfDraft, outlineSummary } from '../../core/draft/outline';
import { checkedName } from '../../core/record-name';
import type { Draft } from '../../shared/model';
import type { OutlineSummary } from '../../shared/outline';
import { AppFailure } from '../../shared/result';
import { outlinesWithUniqueNames, replaceRecords } from './backup-records';
import type { Collection } from './collection';
import type { Outline } from './record-schemas';

const collator = new Intl.Collator('zh-CN');

/** Named outlines: a draft's title, numbering and headings kept to start new drafts from. */
export class OutlineStore {
  constructor(
    private readonly outlines: Collection<Outline>,
    private readonly now: () => Date,
  ) {}

  get(id: string): Outline {
    const found = this.outlines.get(id);
    if (!found) throw new AppFailure('not_found', `找不到提纲 ${id}`);
    return found;
  }

  /** Every outline, by name in Chinese (pinyin) order. */
  list(): OutlineSummary[] {
    return this.outlines
      .list()
      .map(outlineSummary)
      .sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  }

  /** A name fit for an outline that no other outline has; `self` may keep its own. */
  private checkedName(raw: string, self?: string): string {
    const name = checkedName(raw, '提纲');
    if (this.outlines.list().some((o) => o.name === name && o.id !== self)) {
      throw new AppFailure('invalid_argument', `已有名为“${name}”的提纲,请换一个名称`);
    }
    return name;
  }

  /** Keeps the draft's title, numbering and headings (no body text); the name is checked first. */
  async save(name: string, draft: () => Promise<Draft>): Promise<OutlineSummary> {
    const checked = this.checkedName(name);
    const parts = outlineOfDraft(await draft());
    const now = this.now().toISOString();
    const saved = await this.outlines.put({
      id: randomUUID(),
      name: checked,
      ...parts,
      createdAt: now,
      updatedAt: now,
    });
    return outlineSummary(saved);
  }

  async rename(id: string, name: string): Promise<OutlineSummary> {
    const renamed = await this.outlines.put({
      ...this.get(id),
      name: this.checkedName(name, id),
      updatedAt: this.now().toISOString(),
    });
    return outlineSummary(renamed);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.outlines.delete(id))) throw new AppFailure('not_found', `找不到提纲 ${id}`);
  }

  /** Replaces every outline with a backup's, names made unique. */
  replaceAll(records: Outline[]): Promise<void> {
    return replaceRecords(this.outlines, outlinesWithUniqueNames(records));
  }
}
