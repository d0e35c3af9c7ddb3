/**
 * Crash safety (issue 7): the built host is SIGKILLed at random moments while it writes; after
 * each kill the workspace must open, pass integrity_check, hold every acknowledged write and
 * no partial one (see tests/crash/crashHarness.ts). `npm test` runs a reduced number of rounds;
 * the full run: COORDINA_CRASH_ROUNDS=60 npx vitest run tests/integration/crash-safety.test.ts
 * (COORDINA_CRASH_PASSPHRASE=1 adds a passphrase change to every 4th round: see the known bug
 * below). Needs the build (`npm run build`): the child is out/main/host.js.
 */
import { describe, expect, it } from 'vitest';
import {
  crashRoundsFromEnv,
  killDuringPassphraseChange,
  runCrashRounds,
} from '../crash/crashHarness';

const ROUNDS = crashRoundsFromEnv(8);
const PASSPHRASE_ROUNDS = process.env.COORDINA_CRASH_PASSPHRASE === '1';

describe('crash safety', () => {
  it(
    `keeps every acknowledged write and no partial one across ${ROUNDS} SIGKILLs of the host`,
    async () => {
      const report = await runCrashRounds({
        rounds: ROUNDS,
        passphraseEvery: PASSPHRASE_ROUNDS ? 4 : 0,
        log: process.env.COORDINA_CRASH_VERBOSE === '1' ? console.log : undefined,
      });
      const { killDelaysMs, ...counts } = report;
      console.log(
        `crash safety: ${JSON.stringify(counts)}; kill delays ${Math.min(...killDelaysMs)}–${Math.max(...killDelaysMs)} ms`,
      );
      expect(report.rounds).toBe(ROUNDS);
      expect(report.acked).toBeGreaterThan(0);
      // The kills hit writes in flight: their outcome was unknown and had to be resolved.
      expect(report.unknownCommitted + report.unknownAbsent).toBeGreaterThan(0);
    },
    ROUNDS * 10_000 + 30_000,
  );

  // Known core bugs, pinned: each test states the right behaviour and is marked `fails` while
  // the core gets it wrong. Once fixed it fails (i.e. passes): turn `it.fails` into `it`, and
  // set passphraseEvery to 4 above.
  describe('known core bugs: a SIGKILL during workspace:changePassphrase', () => {
    it.fails(
      'while the rekey rewrites the file, leaves a workspace that opens with the old or the new passphrase',
      async () => {
        const outcome = await killDuringPassphraseChange('rekey');
        expect(outcome.opensWith).not.toBe('neither');
        expect(outcome.integrity).toBe('ok');
      },
      60_000,
    );

    it.fails(
      'right after the rekey committed, leaves the change in the audit log',
      async () => {
        const outcome = await killDuringPassphraseChange('afterRekey');
        expect(outcome.opensWith).toBe('new');
        expect(outcome.auditEntries).toBe(1);
      },
      60_000,
    );
  });
});
