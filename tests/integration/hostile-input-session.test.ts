/**
 * Hostile input to the channels that change the session (create, open, unlock, lock,
 * close, changePassphrase, demo:open): only inputs that cannot succeed — malformed ones, foreign files,
 * wrong, weak or mismatched passphrases — each refused with an allowed code, writing nothing
 * and leaving the session where it was. The other channels: hostile-input-properties.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { keyConnection } from '../../electron/core/db/cipher';
import { SqliteDriver, type SqliteDatabase } from '../../electron/core/db/sqlite';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  sha256,
  writableConnection,
} from '../fixtures/core';
import {
  BACKUP_FILES,
  GENERAL_CHANNELS,
  RUNS,
  type SessionChannel,
} from '../fixtures/hostileChannels';
import { invalidInput } from '../fixtures/hostileInput';
import { expectUnchanged, snapshot } from '../fixtures/hostileSnapshot';
import { TRICKY_STRINGS, anyValue } from '../fixtures/hostileValues';
import { describeInput, dispatch, useHostileWorld } from '../fixtures/hostileWorld';

const world = useHostileWorld();

/** Passphrases long enough for the schema that zxcvbn scores as weak (checked below). */
const WEAK_PASSPHRASES = ['password1234', 'aaaaaaaaaaaa', '123456789012', 'qwertyuiopas'];

/** Malformed for the schema: built broken, or anything the schema turns down. */
function malformed(channel: SessionChannel): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  return fc.oneof(
    invalidInput(channel, schema, world.pools),
    anyValue.filter((v) => !schema.safeParse(v).success),
  );
}

async function expectRefused(
  channel: SessionChannel,
  input: unknown,
  allowed: readonly ErrorCode[],
): Promise<void> {
  const before = snapshot();
  const envelope = await dispatch(channel, input);
  const call = `${channel}(${describeInput(input)})`;
  if (envelope.ok) expect.fail(`${call} succeeded`);
  else if (!allowed.includes(envelope.error.code)) {
    expect.fail(`${call} answered ${envelope.error.code}; allowed: ${allowed.join(', ')}`);
  }
  expectUnchanged(before, snapshot(), `refused ${call}`);
}

const someText = fc.oneof(
  fc.constantFrom(...TRICKY_STRINGS.filter((s) => s.length > 0)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
);

describe('hostile input to the session channels', () => {
  it('uses passphrases that really are weak', async () => {
    for (const passphrase of WEAK_PASSPHRASES) {
      const strength = await world.t.call('workspace:passphraseStrength', { passphrase });
      expect(strength.acceptable, passphrase).toBe(false);
    }
  });

  it.each(['workspace:lock', 'workspace:close', 'workspace:unlock', 'demo:open'] as const)(
    '%s rejects malformed input with VALIDATION and the workspace stays open',
    async (channel) => {
      await fc.assert(
        fc.asyncProperty(malformed(channel), (input) =>
          expectRefused(channel, input, ['VALIDATION']),
        ),
        { numRuns: RUNS.session },
      );
    },
  );

  it('workspace:open refuses malformed paths, foreign world.files and wrong passphrases, staying on the open workspace', async () => {
    const decoy = (name: string) => path.join(world.decoyDir, name);
    // copy.coordina is a real workspace: it may only be tried with a wrong passphrase.
    const unopenable = [
      decoy('notes.txt'),
      decoy('random.bin'),
      decoy('empty.coordina'),
      decoy('plain.sqlite'),
      decoy('folder.coordina'),
      decoy('missing.coordina'),
      world.decoyDir,
      '/dev/null',
      'not-there',
      'relative/with/slash',
      '..',
    ];
    const wrongPassphrase = someText.filter((p) => p !== STRONG_PASSPHRASE && p.length <= 1024);
    const arb = fc.oneof(
      { weight: 2, arbitrary: malformed('workspace:open') },
      {
        weight: 2,
        arbitrary: fc.record({
          path: fc.oneof(fc.constantFrom(...unopenable), someText),
          passphrase: fc.oneof(fc.constant(STRONG_PASSPHRASE), wrongPassphrase),
        }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          path: fc.constantFrom(world.workspaceFile, decoy('copy.coordina'), 'hostile'),
          passphrase: wrongPassphrase,
        }),
      },
    );
    await fc.assert(
      fc.asyncProperty(arb, (input) =>
        expectRefused('workspace:open', input, [
          'VALIDATION',
          'FILE_MISSING',
          'NOT_A_WORKSPACE',
          'WRONG_PASSPHRASE',
        ]),
      ),
      { numRuns: RUNS.session },
    );
  });

  it('workspace:create refuses existing world.files, missing folders, weak or mismatched passphrases, creating nothing', async () => {
    const strong = fc.constantFrom(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE);
    const settings = fc.record({
      taskForceName: fc.oneof(fc.constant('New Task Force'), someText),
    });
    // Fresh names fail on the passphrase; names of existing things fail before it.
    const freshPath = fc.oneof(
      fc.constantFrom('fresh', path.join(world.decoyDir, 'fresh.coordina')),
      someText.filter((p) => !p.includes('\0') && p.length < 100),
    );
    const existing = fc.constantFrom(
      'hostile',
      'hostile.coordina',
      world.workspaceFile,
      path.join(world.decoyDir, 'notes.txt'),
      path.join(world.decoyDir, 'folder.coordina'),
      path.join(world.decoyDir, 'copy.coordina'),
      world.decoyDir,
      '/dev/null',
    );
    const unusable = fc.constantFrom(
      path.join(world.decoyDir, 'no-such-folder', 'x.coordina'),
      'relative/name',
      '.',
      '..',
    );
    const arb = fc.oneof(
      malformed('workspace:create'),
      fc.tuple(fc.oneof(existing, unusable), strong, settings).map(([p, pass, s]) => ({
        path: p,
        passphrase: pass,
        passphraseConfirm: pass,
        settings: s,
      })),
      fc.tuple(freshPath, fc.constantFrom(...WEAK_PASSPHRASES), settings).map(([p, pass, s]) => ({
        path: p,
        passphrase: pass,
        passphraseConfirm: pass,
        settings: s,
      })),
      fc.tuple(freshPath, strong, someText, settings).map(([p, pass, confirm, s]) => ({
        path: p,
        passphrase: pass,
        passphraseConfirm: `${confirm}${pass}`,
        settings: s,
      })),
    );
    await fc.assert(
      fc.asyncProperty(arb, (input) =>
        expectRefused('workspace:create', input, [
          'VALIDATION',
          'FILE_EXISTS',
          'FILE_MISSING',
          'WEAK_PASSPHRASE',
          'PASSPHRASE_MISMATCH',
        ]),
      ),
      { numRuns: RUNS.session },
    );
  });

  it('workspace:changePassphrase refuses wrong, weak, mismatched or unchanged passphrases and keeps the key', async () => {
    const strongNew = fc.constantFrom(OTHER_STRONG_PASSPHRASE, 'velvet-canyon-mirror-stone-18');
    const wellFormedButRefused = fc.oneof(
      fc.tuple(someText, strongNew).map(([current, next]) => ({
        currentPassphrase: `${current}-not-it`,
        newPassphrase: next,
        newPassphraseConfirm: next,
      })),
      fc.constantFrom(...WEAK_PASSPHRASES).map((weak) => ({
        currentPassphrase: STRONG_PASSPHRASE,
        newPassphrase: weak,
        newPassphraseConfirm: weak,
      })),
      fc.tuple(strongNew, someText).map(([next, other]) => ({
        currentPassphrase: STRONG_PASSPHRASE,
        newPassphrase: next,
        newPassphraseConfirm: `${next}${other}`,
      })),
      fc.constant({
        currentPassphrase: STRONG_PASSPHRASE,
        newPassphrase: STRONG_PASSPHRASE,
        newPassphraseConfirm: STRONG_PASSPHRASE,
      }),
    );
    // Each well-formed attempt derives a key (slow on purpose): few of those.
    await fc.assert(
      fc.asyncProperty(malformed('workspace:changePassphrase'), (input) =>
        expectRefused('workspace:changePassphrase', input, ['VALIDATION']),
      ),
      { numRuns: RUNS.session },
    );
    await fc.assert(
      fc.asyncProperty(wellFormedButRefused, (input) =>
        expectRefused('workspace:changePassphrase', input, [
          'VALIDATION',
          'WRONG_PASSPHRASE',
          'WEAK_PASSPHRASE',
          'PASSPHRASE_MISMATCH',
        ]),
      ),
      { numRuns: RUNS.passphrase },
    );
    const before = snapshot();
    await world.t.call('workspace:lock', {});
    await world.t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expectUnchanged(
      before,
      snapshot(),
      'lock and unlock with the original passphrase',
      BACKUP_FILES,
    );
  });

  it('workspace:unlock of a locked workspace refuses malformed input and wrong passphrases, staying locked', async () => {
    const before = snapshot();
    await world.t.call('workspace:lock', {});
    const lockedHash = sha256(world.workspaceFile);
    const lockedFolder = fs.readdirSync(path.dirname(world.workspaceFile)).sort();
    const wrong = someText
      .filter((p) => p !== STRONG_PASSPHRASE && p.length <= 1024)
      .map((passphrase) => ({ passphrase }));
    const check = async (input: unknown) => {
      const envelope = await dispatch('workspace:unlock', input);
      const call = `workspace:unlock(${describeInput(input)})`;
      if (envelope.ok) expect.fail(`${call} succeeded`);
      else expect(['VALIDATION', 'WRONG_PASSPHRASE'], call).toContain(envelope.error.code);
      expect(world.t.core.workspace.status()).toEqual({
        state: 'locked',
        path: world.workspaceFile,
      });
      expect(sha256(world.workspaceFile)).toBe(lockedHash);
      expect(fs.readdirSync(path.dirname(world.workspaceFile)).sort()).toEqual(lockedFolder);
    };
    await fc.assert(fc.asyncProperty(malformed('workspace:unlock'), check), {
      numRuns: RUNS.session,
    });
    await fc.assert(fc.asyncProperty(wrong, check), { numRuns: RUNS.passphrase });
    // Every channel that reads or writes the workspace's data answers NO_WORKSPACE while
    // locked (backup:list and backup:restore work on world.files, open or not; host:* are
    // the host's own capabilities, with no workspace data).
    const dataChannels = GENERAL_CHANNELS.filter(
      (c) =>
        !c.startsWith('workspace:') &&
        !c.startsWith('host:') &&
        c !== 'backup:list' &&
        c !== 'backup:restore',
    );
    for (const channel of dataChannels) {
      const envelope = await dispatch(channel, {});
      if (!envelope.ok)
        expect(['VALIDATION', 'NO_WORKSPACE'], channel).toContain(envelope.error.code);
      else expect.fail(`${channel} answered while locked`);
    }
    expect(sha256(world.workspaceFile)).toBe(lockedHash);
    await world.t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expectUnchanged(before, snapshot(), 'lock, hostile unlocks, unlock', BACKUP_FILES);
  });

  it('has snapshots that see every change, even one made behind the core back', async () => {
    // The rows are read again only when SQLite says something can have changed: its count of
    // changed rows, the schema's version, the file's data version or the connection.
    const [agencyId] = world.pools.agencyIds;
    const before = snapshot();
    expect(snapshot().tables).toBe(before.tables); // nothing changed: not read again
    const db = writableConnection(world.t.core);
    const touch = (connection: SqliteDatabase, suffix: string) =>
      connection
        .prepare(`UPDATE agencies SET notes = notes || ? WHERE id = ?`)
        .run(suffix, agencyId);
    touch(db, ' ');
    expect(snapshot().tables.agencies).not.toBe(before.tables.agencies);
    db.exec('CREATE TABLE snapshot_probe (x)');
    expect(Object.keys(snapshot().tables)).toContain('snapshot_probe');
    db.exec('DROP TABLE snapshot_probe');
    const other = new SqliteDriver(world.workspaceFile, { fileMustExist: true });
    try {
      keyConnection(other, STRONG_PASSPHRASE);
      const seen = snapshot().tables;
      touch(other, '!');
      expect(snapshot().tables.agencies).not.toBe(seen.agencies);
    } finally {
      other.close();
    }
    db.prepare(`UPDATE agencies SET notes = substr(notes, 1, length(notes) - 2) WHERE id = ?`).run(
      agencyId,
    );
    // (The search index's own tables keep traces of the edits: only the rows are compared.)
    expect(snapshot().tables.agencies).toEqual(before.tables.agencies);
  });
});
