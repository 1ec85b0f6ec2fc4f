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
  /**
   * How sure the miner is (extra field): 'high' for three or more fixed characters or members,
   * 'medium' for two members sharing two characters, 'low' for a one-character pattern.
   */
  confidence?: 'high' | 'medium' | 'low';
  /** Why, in Chinese (extra field). */
  reason?: string;
}

export interface EssayAnalysis {
  title: string | null;
  /** The dash subtitle kept with the title ("——…"), when the essay has one (extra field). */
  subtitle?: string;
  start: LineRef;
  end: LineRef;
  genre: Genre;
  headings: Heading[];
  parallel_groups: ParallelGroup[];
  /**
   * Sibling headings that share only one character in one place (extra field): a pattern the
   * user may apply, never applied by the miner.
   */
  weak_groups?: ParallelGroup[];
  numbering: string[];
  opening_formula: string | null;
  /** Words the closing paragraph opens with; null when the essay has no closing of its own. */
  closing_first_words: string | null;
  /** Index into `paragraphs` of the closing paragraph (extra field), when there is one. */
  closing_paragraph?: number;
  /** Why this essay gives no template (extra field), when it does not. */
  template_note?: AnalysisNote;
  /** Body paragraphs, in order (extra field): what the template generator reads. */
  paragraphs?: LineRef[];
}

/** Something the user should know about an analysis, e.g. why it gives no template. */
export interface AnalysisNote {
  code: 'no_headings' | 'one_heading' | 'suspect_encoding';
  /** In Chinese. */
  message: string;
}

export interface Analysis {
  file: string;
  encoding?: string;
  compilation_title: string | null;
  junk_lines: number[];
  /** The junk lines' texts, in the same order (extra field): what the user sees removed. */
  junk_texts?: string[];
  essays: EssayAnalysis[];
  /** Why the file gives no template, a doubt about its encoding (extra field). */
  notes?: AnalysisNote[];
}
