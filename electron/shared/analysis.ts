/** The miner's output, as specified in the project's analysis-format document. */
/** The genres the app knows, in the order the gallery lists them. */
export const GENRES = [
  '观后感',
  '读后感',
  '心得体会',
  '党课讲稿',
  '讲话稿',
  '工作总结',
  '述职报告',
  '其他',
] as const;

export type Genre = (typeof GENRES)[number];

export interface LineRef {
  /** 1-based line number in the decoded input. */
  line: number;
  text: string;
}

export interface Heading {
  level: number;
  kind: 'line' | 'inline';
  text: string;
  /** 1-based line the heading stands on (extra field, ignored by the scorer). */
  line?: number;
  /** Numbering marker as written, e.g. "一、" or "(一)"; absent for un-numbered headings. */
  marker?: string;
}

export interface ParallelGroup {
  /** The members' shared literal text with "…" for each varying part. */
  frame: string;
  /** Indexes into the essay's headings. */
  members: number[];
}

export interface EssayAnalysis {
  title: string | null;
  start: LineRef;
  end: LineRef;
  genre: Genre;
  headings: Heading[];
  parallel_groups: ParallelGroup[];
  numbering: string[];
  opening_formula: string | null;
  closing_first_words: string | null;
  /** Body paragraphs, in order (extra field): what the template generator reads. */
  paragraphs?: LineRef[];
}

export interface Analysis {
  file: string;
  encoding?: string;
  compilation_title: string | null;
  junk_lines: number[];
  essays: EssayAnalysis[];
}
