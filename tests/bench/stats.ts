/** The value below which p percent of the samples fall (nearest rank). */
export const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const median = (samples: number[]): number => percentile(samples, 50);
