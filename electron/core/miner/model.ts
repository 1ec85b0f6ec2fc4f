import type { Marker } from './numbering';

/** One paragraph of an essay with its sentences; offsets index `text`. */
export interface Para {
  line: number;
  text: string;
  /** Punctuation-normalised `text`, same length. */
  norm: string;
  wholeLine: boolean;
  sentences: Array<{ start: number; end: number }>;
}

/** A heading found inside an essay before levels are assigned. */
export interface Found {
  para: number;
  sentence: number;
  text: string;
  kind: 'line' | 'inline';
  marker: Marker | null;
  /** Scheme for nesting: a numbering scheme, or 'group:N' for an un-numbered parallel group. */
  scheme: string;
  /** Index of the sibling run (numbered sequence or parallel group) this heading belongs to. */
  run: number;
  level: number;
}
