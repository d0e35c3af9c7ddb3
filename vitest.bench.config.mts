/** `npm run bench`: the performance benchmarks in tests/bench, one file at a time. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Lets the memory benchmarks force a collection before measuring.
    execArgv: ['--expose-gc'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
