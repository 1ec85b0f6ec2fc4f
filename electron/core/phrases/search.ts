import type { Phrase, PhraseQuery, PhraseSuggestion } from '../../shared/phrases';

export const DEFAULT_PHRASE_LIMIT = 50;

/** Searching ignores punctuation width, quotes, case and spaces. */
function folded(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s“”"'‘’「」『』，,、；;：:。.！!？?|]/gu, '');
}

/** Folded texts joined into one string, so that a term is found by indexOf, not per phrase. */
class Haystack {
  readonly text: string;
  private readonly starts: Uint32Array;

  constructor(parts: readonly string[]) {
    this.starts = new Uint32Array(parts.length);
    let at = 0;
    parts.forEach((p, i) => {
      this.starts[i] = at;
      at += p.length + 1;
    });
    this.text = parts.join('\u0001');
  }

  /** Indexes of the parts containing `term`, ascending, each once. */
  *find(term: string): Generator<number> {
    let last = -1;
    for (let at = this.text.indexOf(term); at >= 0; at = this.text.indexOf(term, at + 1)) {
      const i = this.partAt(at);
      if (i !== last) yield i;
      last = i;
    }
  }

  private partAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * The phrases with their searchable text folded once into two haystacks (own words, essays'
 * topics); a search walks the hits of its longest word, so 100,000 phrases answer within a
 * frame. Phrases keep their order (most used first).
 */
export class PhraseIndex {
  private readonly phrases: readonly Phrase[];
  private readonly texts: string[];
  private readonly topics: string[];
  private readonly textHay: Haystack;
  private readonly topicHay: Haystack;

  constructor(phrases: readonly Phrase[]) {
    this.phrases = phrases;
    this.texts = phrases.map((p) => folded(p.text));
    this.topics = phrases.map((p) => folded(p.topics.join('|')));
    this.textHay = new Haystack(this.texts);
    this.topicHay = new Haystack(this.topics);
  }

  get size(): number {
    return this.phrases.length;
  }

  /**
   * The phrases inside `passage` (a flagged run of a draft), each with up to `limit` phrases of
   * its kind used by fewer essays (the least worn first, then those sharing a genre).
   */
  suggest(passage: string, limit = 3): PhraseSuggestion[] {
    const hay = folded(passage);
    const out: PhraseSuggestion[] = [];
    this.phrases.forEach((found, i) => {
      const text = this.texts[i] ?? '';
      if (text.length < 4 || !hay.includes(text)) return;
      const instead = this.phrases
        .filter((p, k) => p.kind === found.kind && p.count <= found.count && this.texts[k] !== text)
        .map((p) => ({ p, shared: p.genres.some((g) => found.genres.includes(g)) ? 0 : 1 }))
        .sort((a, b) => a.p.count - b.p.count || a.shared - b.shared)
        .slice(0, limit)
        .map((x) => x.p);
      out.push({ found, instead });
    });
    return out;
  }

  /** Phrases whose own words match come before those matched only by their essays' topics. */
  search(query: PhraseQuery): Phrase[] {
    const limit = Math.max(1, query.limit ?? DEFAULT_PHRASE_LIMIT);
    const terms = (query.text ?? '').split(/\s+/u).map(folded).filter(Boolean);
    const fits = (i: number): boolean => {
      const p = this.phrases[i];
      if (!p) return false;
      return (
        (!query.kind || p.kind === query.kind) && (!query.genre || p.genres.includes(query.genre))
      );
    };
    if (terms.length === 0) {
      const out: Phrase[] = [];
      for (let i = 0; i < this.phrases.length && out.length < limit; i++) {
        if (fits(i)) out.push(this.phrases[i] as Phrase);
      }
      return out;
    }
    const key = terms.reduce((a, b) => (b.length > a.length ? b : a));
    const inText = (i: number): boolean => terms.every((t) => (this.texts[i] ?? '').includes(t));
    const inEither = (i: number): boolean =>
      terms.every((t) => (this.texts[i] ?? '').includes(t) || (this.topics[i] ?? '').includes(t));
    const own: number[] = [];
    const byTopic = new Set<number>();
    for (const i of this.textHay.find(key)) {
      if (!fits(i)) continue;
      if (inText(i)) {
        own.push(i);
        if (own.length >= limit) break;
      } else if (inEither(i)) byTopic.add(i);
    }
    if (own.length < limit) {
      for (const i of this.topicHay.find(key)) {
        if (byTopic.size >= limit) break;
        if (fits(i) && !inText(i) && inEither(i)) byTopic.add(i);
      }
    }
    const topicOrder = [...byTopic].sort((a, b) => a - b);
    return [...own, ...topicOrder].slice(0, limit).map((i) => this.phrases[i] as Phrase);
  }
}
