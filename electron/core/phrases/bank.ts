import type { Genre } from '../../shared/analysis';
import type { Phrase, PhraseKind, PhraseSource } from '../../shared/phrases';
import { extractPhrases } from './extract';

/** One essay as the phrase bank reads it. */
export interface PhraseEssay {
  file: string;
  title: string | null;
  genre: Genre;
  paragraphs: readonly string[];
}

/** Sources kept per phrase: enough to show where it comes from, not a list of every essay. */
const MAX_SOURCES = 5;

/** Equal phrases differ only in punctuation width, quotes and spaces. */
export function phraseKey(kind: PhraseKind, text: string): string {
  const words = text
    .normalize('NFKC')
    .replace(/[\s“”"'‘’「」『』]/gu, '')
    .replace(/[，,、；;：:。.！!？?]/gu, '|')
    .replace(/\|+$/u, '');
  return `${kind}:${words}`;
}

/** Words of an essay's title that name what it is about: its 《works》 and the rest of the title. */
export function topicWords(title: string | null): string[] {
  if (!title) return [];
  const works = [...title.matchAll(/《([^》]{1,40})》/gu)].map((m) => m[1] ?? '');
  const rest = title
    .replace(/《[^》]*》/gu, ' ')
    .replace(
      /观后感|读后感|心得体会|心得|体会|感想|党课讲稿|讲稿|讲话稿|发言稿|讲话|范文|精选|作文|篇|\d+/gu,
      ' ',
    )
    .split(/[^\p{Script=Han}]+/u)
    .filter((w) => w.length >= 2);
  return [...new Set([...works, ...rest])];
}

/** A run of two four-character phrases is worth keeping when several essays use it. */
const isPair = (kind: PhraseKind, text: string): boolean =>
  kind === 'four' && text.split(/[、，,]/u).length === 2;

/**
 * The phrase bank of a set of essays: one entry per distinct phrase, with the number of essays
 * that use it, where it comes from, and the genres and topics of those essays. Sorted by kind,
 * then most used first, so an empty search lists the commonest material. Openings and closings
 * come from the formula library (see formulaPhrases), mined with the templates.
 */
export function buildPhraseBank(essays: readonly PhraseEssay[]): Phrase[] {
  const byKey = new Map<string, Phrase>();
  for (const essay of essays) {
    const seen = new Set<string>();
    const source: PhraseSource = { file: essay.file, title: essay.title };
    const topics = topicWords(essay.title);
    for (const o of essay.paragraphs.flatMap((paragraph) => extractPhrases(paragraph))) {
      const key = phraseKey(o.kind, o.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const known = byKey.get(key);
      if (known) {
        known.count++;
        if (known.sources.length < MAX_SOURCES) known.sources.push(source);
        if (!known.genres.includes(essay.genre)) known.genres.push(essay.genre);
        for (const t of topics) if (!known.topics.includes(t)) known.topics.push(t);
        continue;
      }
      byKey.set(key, {
        id: key,
        kind: o.kind,
        text: o.text,
        context: o.context,
        count: 1,
        sources: [source],
        genres: [essay.genre],
        topics: [...topics],
      });
    }
  }
  const order: PhraseKind[] = ['quote', 'parallel', 'four', 'opening', 'closing'];
  return [...byKey.values()]
    .filter((p) => !isPair(p.kind, p.text) || p.count >= 2)
    .sort(
      (a, b) =>
        order.indexOf(a.kind) - order.indexOf(b.kind) ||
        b.count - a.count ||
        a.text.length - b.text.length ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
