/** Small timing helpers for benchmarks: warm up, repeat, report the median. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/**
 * Two contenders in the order of a round: first one then the other, then the other first (ABBA), so
 * that neither always runs on the heels of the other (a client's garbage, a warm cache, the
 * machine's drift between the two).
 */
export function roundOrder<T>(pair: readonly [T, T], round: number): [T, T] {
  return round % 2 === 0 ? [pair[0], pair[1]] : [pair[1], pair[0]];
}

export function timeMedian(run: () => void, rounds = 3): number {
  run(); // warm-up: JIT and caches
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

export function formatRatio(candidate: number, baseline: number): string {
  return `${(candidate / baseline).toFixed(3)}×`;
}
