/**
 * Hostile input (property-based, fast-check): random and malformed values thrown at every
 * channel never crash the core, never produce INTERNAL, and a refused call writes nothing —
 * row counts of every table, the settings and the audit chain stay as they were.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { CHANNEL_NAMES, contract } from '../../shared/contract';
import { createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

let t: TestCore;
beforeAll(async () => {
  t = startTestCore();
  await createWorkspace(t, 'Hostile Input Task Force');
  const agency = await t.call('agencies:create', { name: 'Police', kind: 'law_enforcement' });
  await t.call('focalPoints:create', { agencyId: agency.id, name: 'Kofi Darko' });
  await t.call('bodies:create', {
    name: 'Task Force',
    kind: 'national_task_force',
    memberAgencyIds: [agency.id],
  });
});
afterAll(async () => {
  await t.cleanup();
});

/** Channels whose empty or odd input legitimately changes the session; they get their own checks. */
const SESSION_CHANNELS = new Set([
  'workspace:lock',
  'workspace:close',
  'workspace:unlock',
  'workspace:open',
  'workspace:create',
  'workspace:changePassphrase',
]);
const TARGETS = CHANNEL_NAMES.filter((c) => !SESSION_CHANNELS.has(c));
/** Refusals a well-formed but wrong request may get; anything else (INTERNAL) is a bug. */
const ACCEPTABLE = new Set([
  'VALIDATION',
  'NOT_FOUND',
  'DUPLICATE',
  'REFERENCED',
  'NO_WORKSPACE',
  'FILE_MISSING',
  'FILE_EXISTS',
  'WRONG_PASSPHRASE',
  'WORKSPACE_DAMAGED',
  'NOT_A_WORKSPACE',
]);

function snapshot() {
  const db = rawConnection(t.core.workspace.dataSource());
  const tables = (
    db
      .prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'`)
      .all() as { name: string }[]
  ).map((r) => r.name);
  return {
    counts: Object.fromEntries(
      tables.map((n) => [
        n,
        (db.prepare(`SELECT count(*) AS c FROM "${n}"`).get() as { c: number }).c,
      ]),
    ),
    settings: db.prepare('SELECT * FROM workspace_settings').all(),
    lastAudit: db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get(),
  };
}

const nasty = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 50 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '\u0000',
    '../../etc/passwd',
    "'; DROP TABLE agencies; --",
    '%',
    '_',
  ),
  fc.string({ minLength: 5000, maxLength: 20000 }),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 5 }),
);

/** Objects that use the channel's real keys (when it has any) with hostile values. */
function inputFor(channel: (typeof TARGETS)[number]) {
  const shape = (contract[channel].input as unknown as { shape?: Record<string, unknown> }).shape;
  const keys = shape ? Object.keys(shape) : [];
  const withRealKeys = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), nasty, {
        maxKeys: keys.length + 2,
      })
    : fc.constant({ unexpected: true });
  return fc.oneof(fc.anything(), withRealKeys, fc.object({ maxDepth: 4 }));
}

describe('hostile input', () => {
  it('never crashes, never answers INTERNAL, and a refused call writes nothing', async () => {
    for (const channel of TARGETS) {
      await fc.assert(
        fc.asyncProperty(inputFor(channel), async (input) => {
          const before = snapshot();
          const envelope = await t.core.dispatch(channel, input);
          expect(typeof envelope.ok).toBe('boolean');
          if (envelope.ok) {
            // Garbage is never accepted by a channel that changes data; an accepted empty
            // patch must have changed nothing at all.
            if (contract[channel].mutates) {
              expect(
                snapshot(),
                `${channel} wrote for ${JSON.stringify(input)?.slice(0, 200)}`,
              ).toEqual(before);
            }
            return;
          }
          expect(ACCEPTABLE.has(envelope.error.code), `${channel}: ${envelope.error.code}`).toBe(
            true,
          );
          expect(snapshot()).toEqual(before);
        }),
        { numRuns: 40, seed: 20261130 },
      );
    }
    expect((await t.call('audit:verify', {})).ok).toBe(true);
    expect((await t.call('workspace:status', {})).state).toBe('open');
  });

  it('session channels refuse malformed input without changing the session', async () => {
    const status = await t.call('workspace:status', {});
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SESSION_CHANNELS),
        fc.oneof(
          fc
            .anything()
            .filter(
              (v) =>
                !(v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0),
            ),
          fc.record({ path: nasty, passphrase: nasty }),
        ),
        async (channel, input) => {
          const envelope = await t.core.dispatch(channel, input);
          if (!envelope.ok)
            expect(ACCEPTABLE.has(envelope.error.code), `${channel}: ${envelope.error.code}`).toBe(
              true,
            );
          expect(await t.call('workspace:status', {})).toEqual(status);
        },
      ),
      { numRuns: 150, seed: 20261130 },
    );
  });
});
