import type { OverlapMatch } from '../../../../electron/shared/checks';

/** How a report names the essay a passage overlaps: its file and its title. */
export const sourceName = (m: OverlapMatch): string => `${m.sourceFile}《${m.essayTitle}》`;
