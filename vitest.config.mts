/** Unit and integration tests (Node). End-to-end tests run with Playwright (playwright.config.ts). */
import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Every CPU works: Vitest's default leaves one of a 2-CPU runner idle.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // A worker keeps the modules it has loaded from one test file to the next instead of
    // loading the core again for each file (that was a quarter of the run). Test files share no
    // state through modules: each starts its own core on its own temp folder, and the few that
    // change the process (cwd, env) restore it in their afterAll.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
