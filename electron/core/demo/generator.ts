/**
 * The deterministic demo generator: fictional but realistic task-force data written with
 * prepared statements in one transaction. Same seed, size and day → the same data, byte for
 * byte (ids included). Used by the demo workspace (`demo:open`), the tests and the benchmarks.
 *
 * The data is written straight into the tables: it bypasses the audit log on purpose (the log
 * records what people changed; the demo's history is invented). The audit chain stays intact.
 */
import type { SqliteDatabase } from '../db/sqlite';
import { actionsStep } from './actionsStep';
import { bodiesStep } from './bodiesStep';
import { casesStep } from './casesStep';
import {
  DEMO_SIZES,
  type DemoContext,
  type DemoSize,
  type DemoSizeSpec,
  type DemoStep,
  type DemoWorld,
} from './demoWorld';
import { meetingsStep } from './meetingsStep';
import { napStep } from './napStep';
import { createRandom } from './random';
import { registerStep } from './registerStep';
import { registersStep } from './registersStep';

/** In order; a later module appends its own step (it sees the world the earlier ones built). */
export const DEMO_STEPS: readonly DemoStep[] = [
  registerStep,
  bodiesStep,
  meetingsStep,
  actionsStep,
  napStep,
  casesStep,
  registersStep,
];

export interface DemoOptions {
  size: DemoSize | DemoSizeSpec;
  seed: number;
  /** Today (YYYY-MM-DD). */
  today: string;
  steps?: readonly DemoStep[];
}

/** A per-step seed, so adding or changing one step leaves the others' data as it was. */
function stepSeed(seed: number, name: string): number {
  let h = seed >>> 0;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x9e3779b1) >>> 0;
  return h;
}

function yearsBefore(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) - years}${date.slice(4)}`.replace(/-02-29$/, '-02-28');
}

/** Writes the demo data into an open, migrated, empty workspace connection. */
export function generateDemoData(db: SqliteDatabase, options: DemoOptions): DemoWorld {
  const size = typeof options.size === 'string' ? DEMO_SIZES[options.size] : options.size;
  const world: DemoWorld = { agencies: [], bodies: [], meetings: [] };
  const start = yearsBefore(options.today, size.years);
  db.transaction(() => {
    for (const step of options.steps ?? DEMO_STEPS) {
      const ctx: DemoContext = {
        db,
        random: createRandom(stepSeed(options.seed, step.name)),
        size,
        today: options.today,
        start,
        world,
      };
      step.run(ctx);
    }
  })();
  db.exec('ANALYZE');
  return world;
}

export { DEMO_SIZES, type DemoSize, type DemoSizeSpec, type DemoStep } from './demoWorld';
