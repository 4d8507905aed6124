/** Small timing helpers for benchmarks: warm up, repeat, report the median. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
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
