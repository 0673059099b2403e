/** One figure of the benchmark table: what was measured, the figure, and how it was taken. */
export interface BenchRow {
  area: string;
  measure: string;
  value: string;
  how: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

/** Median wall time of `runs` calls after one warm-up, in milliseconds. */
export async function medianMs(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function fmt(n: number, digits = 1): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Medians of two passes run in turns, so that a busy machine slows both alike. */
export async function alternating(runs: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<{ a: number; b: number }> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    ta.push(performance.now() - t);
    t = performance.now();
    await b();
    tb.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { a: median(ta), b: median(tb) };
}
