/**
 * The id of the section at `index` (0-based) of a draft made in one go (from a template, a text
 * file or an outline): s1, s2, … Template hints are keyed by these ids.
 */
export const sectionIdAt = (index: number): string => `s${index + 1}`;
