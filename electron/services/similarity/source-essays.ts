import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SourceEssay } from '../../core/similarity/overlap-index';
import type { Analysis } from '../../shared/analysis';
import type { Collection } from '../store/collection';

/** An essay the user imported, kept as text so the overlap check can compare drafts with it. */
export const importedEssaySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  title: z.string().nullable(),
  /** The title, then one paragraph per line. */
  text: z.string(),
  importedAt: z.string(),
});
export type ImportedEssay = z.infer<typeof importedEssaySchema>;

/**
 * Which essays are imported, for what is built from them and kept until they change (the phrase
 * bank, the formula library): their ids and lengths, in an order that does not depend on the list.
 */
export const importedEssaysKey = (essays: readonly ImportedEssay[]): string =>
  essays
    .map((e) => `${e.id}:${e.text.length}`)
    .sort()
    .join('|');

export const IMPORTED_ESSAYS = 'imported-essays';

const UNTITLED = '(无标题)';

/** Each mined essay's text: its title, then its paragraphs, one a line. */
export function essayTexts(analysis: Analysis): Array<{ title: string | null; text: string }> {
  return analysis.essays.map((e) => ({
    title: e.title,
    text: [...(e.title ? [e.title] : []), ...(e.paragraphs ?? []).map((p) => p.text)].join('\n'),
  }));
}

export function corpusEssays(analysis: Analysis, fileName: string): SourceEssay[] {
  return essayTexts(analysis).map((e) => ({
    kind: 'corpus',
    file: fileName,
    title: e.title ?? UNTITLED,
    text: e.text,
  }));
}

export const importedSource = (e: ImportedEssay): SourceEssay => ({
  kind: 'imported',
  file: e.fileName,
  title: e.title ?? UNTITLED,
  text: e.text,
});

/**
 * Keeps the text of every essay in an imported file. The id comes from the file name and the
 * text, so importing the same file again replaces its essays instead of doubling them.
 */
export async function rememberImportedEssays(
  collection: Collection<ImportedEssay>,
  fileName: string,
  essays: ReadonlyArray<{ title: string | null; text: string }>,
  onSaved: () => void = () => undefined,
  now: Date = new Date(),
): Promise<void> {
  for (const e of essays) {
    if (e.text.length === 0) continue;
    const id = createHash('sha256').update(`${fileName}\n${e.text}`).digest('hex').slice(0, 24);
    await collection.put({
      id,
      fileName,
      title: e.title,
      text: e.text,
      importedAt: now.toISOString(),
    });
    onSaved();
  }
}
