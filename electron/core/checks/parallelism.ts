import type { ParallelismIssue } from '../../shared/checks';
import type { DraftSection } from '../../shared/model';
import { countChars } from '../draft/draft-text';

/** Parallel headings (排比) may differ by this many characters before they read as uneven. */
const LENGTH_SLACK = 2;
const FRAME_CHARS = 2;

/** Runs of sibling sections: same level, no shallower section between them. */
function siblingGroups(sections: readonly DraftSection[]): number[][] {
  const groups: number[][] = [];
  const open = new Map<number, number[]>();
  sections.forEach((s, i) => {
    for (const level of [...open.keys()]) {
      if (level > s.level) open.delete(level);
    }
    let group = open.get(s.level);
    if (!group) {
      group = [];
      open.set(s.level, group);
      groups.push(group);
    }
    group.push(i);
  });
  return groups.filter((g) => g.length >= 2);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

/** Headings without their closing punctuation: "杜绝“层层加码”。" and "杜绝“层层加码”" are one frame. */
const core = (heading: string): string => heading.trim().replace(/[。；，、！？.;,!?]+$/u, '');

/** The affix most siblings share, when all but a few do; null when there is no such frame. */
function sharedAffix(texts: string[], take: (t: string) => string): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) {
    if (t.length < FRAME_CHARS) continue;
    const a = take(t);
    counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best || best[1] === texts.length || best[1] < Math.ceil((texts.length * 2) / 3)) return null;
  return best[0];
}

/**
 * Sibling headings that break their group's parallelism: noticeably longer or shorter than the
 * others, or without the opening or ending words most of their siblings share.
 */
export function parallelismIssues(sections: readonly DraftSection[]): ParallelismIssue[] {
  const issues: ParallelismIssue[] = [];
  for (const group of siblingGroups(sections)) {
    const headings = group.map((i) => core(sections[i]?.heading ?? ''));
    const lengths = headings.map(countChars);
    const typical = median(lengths.filter((n) => n > 0));
    const prefix = group.length >= 3 ? sharedAffix(headings, (t) => t.slice(0, FRAME_CHARS)) : null;
    const suffix = group.length >= 3 ? sharedAffix(headings, (t) => t.slice(-FRAME_CHARS)) : null;
    group.forEach((section, k) => {
      const heading = sections[section]?.heading ?? '';
      const text = headings[k] ?? '';
      const length = lengths[k] ?? 0;
      const sectionId = sections[section]?.id ?? '';
      const say = (message: string): void =>
        void issues.push({ section, sectionId, heading, message });
      // an empty heading is listed with the draft's other empty parts
      if (length === 0) return;
      const diff = length - typical;
      if (Math.abs(diff) > LENGTH_SLACK) {
        say(
          `小标题 ${length} 字，比同级小标题（多为 ${typical} 字）${diff > 0 ? '长' : '短'} ${Math.abs(diff)} 字，排比不够整齐。`,
        );
      }
      if (prefix !== null && !text.startsWith(prefix)) {
        say(`同级小标题大多以“${prefix}”开头，这一条没有沿用。`);
      }
      if (suffix !== null && !text.endsWith(suffix)) {
        say(`同级小标题大多以“${suffix}”结尾，这一条没有沿用。`);
      }
    });
  }
  return issues;
}
