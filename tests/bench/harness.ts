/** Benchmark helpers: median of repeated runs, and a shared results file with baseline ratios. */
import fs from 'node:fs';
import path from 'node:path';

/** The middle of a list of times (sorts it). */
function median(times: number[]): number {
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function medianMs(run: () => unknown, repeats = 30, warmup = 5): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Medians of two runs measured in alternation (a, b, a, b, …): on a shared machine whose speed
 * drifts from second to second, both see the same conditions, so their ratio does not depend
 * on which was measured first; each also runs with the caches the other leaves behind, as the
 * same statements do inside a session.
 */
export async function pairedMediansMs(
  a: () => unknown,
  b: () => unknown,
  repeats = 30,
  warmup = 5,
): Promise<[number, number]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < repeats; i++) {
    for (const [k, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[k]!.push(performance.now() - start);
    }
  }
  return [median(times[0]), median(times[1])];
}

export interface BenchResult {
  name: string;
  medianMs: number;
  baseline: string;
  baselineMs: number;
  target: string;
}

const RESULTS = path.resolve(__dirname, 'results.json');

export function report(result: BenchResult): void {
  const ratio = result.medianMs / result.baselineMs;
  console.log(
    `${result.name.padEnd(40)} ${result.medianMs.toFixed(2).padStart(8)} ms | baseline ${result.baseline}: ${result.baselineMs.toFixed(2)} ms | ratio ${ratio.toFixed(2)}x | target ${result.target}`,
  );
  let all: Record<string, unknown> = {};
  try {
    all = JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    // first result of the run
  }
  all[result.name] = { ...result, ratio, at: new Date().toISOString() };
  fs.writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
}
