/**
 * Hostile input (issue 7): property-based tests throw random and malformed inputs at every
 * channel of the contract with a workspace open that holds data. For each call:
 * - dispatch resolves with an envelope (it never throws or rejects) that survives JSON;
 * - an error is one of the codes the channel may give for bad input (ALLOWED below), never
 *   INTERNAL;
 * - a failed call writes nothing: every row of every table (audit log included), the recent
 *   list, the files beside the workspace and the session state are unchanged;
 * - a read channel writes nothing even when it succeeds;
 * - a success is only possible for input the channel's schema accepts; a successful change
 *   adds exactly one audit entry (none if it changed nothing), and the data it stored must
 *   not break any read afterwards;
 * - channels that write files by design (backup:now, backup:restore) run with the working
 *   directory in a sandbox and get paths inside it, and a failure leaves no file behind.
 * The six channels that change the session (create/open/unlock/lock/close/changePassphrase)
 * get targeted properties with inputs that cannot succeed in hostile-input-session.test.ts;
 * the bugs these properties found are pinned in hostile-input-regressions.test.ts. The world
 * they share (workspace, decoys, sandbox) is tests/fixtures/hostileWorld.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../shared/contract';
import {
  ALLOWED,
  FILE_WRITERS,
  GENERAL_CHANNELS,
  RUNS,
  WRITTEN_FILES,
} from '../fixtures/hostileChannels';
import { invalidInput, nearValidInput } from '../fixtures/hostileInput';
import { auditEntries, expectUnchanged, snapshot } from '../fixtures/hostileSnapshot';
import { anyValue, pollutionObjects } from '../fixtures/hostileValues';
import {
  describeInput,
  dispatch,
  expectEveryRecordReadable,
  expectReadsHealthy,
  useHostileWorld,
} from '../fixtures/hostileWorld';

const world = useHostileWorld();

type Mode = 'any' | 'nearValid' | 'invalid';

async function probe(channel: ChannelName, input: unknown, mode: Mode): Promise<void> {
  const spec = contract[channel];
  const before = snapshot();
  const envelope = await dispatch(channel, input);
  const after = snapshot();
  const call = `${channel}(${describeInput(input)})`;
  if (!envelope.ok) {
    const allowed = ALLOWED[channel] ?? [];
    if (!allowed.includes(envelope.error.code)) {
      expect.fail(`${call} answered ${envelope.error.code}; allowed: ${allowed.join(', ')}`);
    }
    expectUnchanged(before, after, `failed ${call}`);
    return;
  }
  if (mode === 'invalid') expect.fail(`${call} succeeded with an input built to be invalid`);
  // The router hands a handler only what the schema accepts.
  expect(spec.input.safeParse(input).success, `${call} succeeded`).toBe(true);
  if (!spec.mutates) {
    expectUnchanged(before, after, `read ${call}`, FILE_WRITERS.has(channel) ? WRITTEN_FILES : []);
    return;
  }
  // A change that changed data leaves exactly one audit entry; one that changed nothing (an
  // empty patch) may leave none.
  const changedData = Object.keys(after.tables).some(
    (k) => k !== 'audit_log' && before.tables[k] !== after.tables[k],
  );
  const added = auditEntries(after) - auditEntries(before);
  if (changedData) expect(added, `audit entries added by ${call}`).toBe(1);
  else expect([0, 1], `audit entries added by ${call}`).toContain(added);
  await expectReadsHealthy(call);
}

/** Import channels get a matching file name and content more often than chance would give. */
function inputFor(channel: ChannelName, mode: Mode): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  if (mode === 'any') return anyValue;
  if (mode === 'invalid') return invalidInput(channel, schema, world.pools);
  const base = nearValidInput(channel, schema, world.pools);
  if (channel !== 'agencies:importPreview' && channel !== 'agencies:importCommit') return base;
  // A file with its own name and the mapping its preview suggested, half of the time.
  return fc
    .tuple(base, fc.option(fc.constantFrom(...world.files), { freq: 2 }), fc.boolean())
    .map(([value, file, withMapping]) =>
      file && value && typeof value === 'object' && !Array.isArray(value)
        ? {
            ...value,
            fileName: file.fileName,
            contentBase64: file.contentBase64,
            ...(withMapping && file.mapping ? { mapping: file.mapping } : {}),
          }
        : value,
    );
}

// ---------------------------------------------------------------------------------------------

describe('hostile input', () => {
  it('covers every channel of the contract', () => {
    const unclassified = GENERAL_CHANNELS.filter((c) => !ALLOWED[c]);
    expect(unclassified, 'channels without allowed error codes').toEqual([]);
    for (const channel of CHANNEL_NAMES) {
      // invalidInput relies on this: every input is an object, so a non-object is invalid.
      const type = (contract[channel].input as unknown as { _zod: { def: { type: string } } })._zod
        .def.type;
      expect(type, channel).toBe('object');
    }
  });

  describe.each(GENERAL_CHANNELS)('%s', (channel) => {
    it('answers any value with an envelope and a validation-type error, writing nothing', async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(channel, 'any'), (input) => probe(channel, input, 'any')),
        { numRuns: RUNS.any },
      );
    });

    it('handles its real keys with hostile values (unicode, over-long, unknown ids, proto keys)', async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(channel, 'nearValid'), (input) =>
          probe(channel, input, 'nearValid'),
        ),
        { numRuns: RUNS.nearValid },
      );
      // Successful calls grow the world (a series adds up to 24 meetings with their agendas),
      // and every probe snapshots every row twice: on a loaded 2-CPU machine that takes > 30 s.
    }, 120_000);

    it('rejects wrong types, unknown keys and missing keys with VALIDATION, writing nothing', async () => {
      await fc.assert(
        fc.asyncProperty(inputFor(channel, 'invalid'), async (input) => {
          await probe(channel, input, 'invalid');
        }),
        { numRuns: RUNS.invalid },
      );
    });
  });
});

describe('huge payloads at the size limits', () => {
  it('refuses an import file just over 10 MB, and base64 text over the schema limit, writing nothing', async () => {
    const cases: [unknown, string][] = [
      [
        { fileName: 'big.csv', contentBase64: 'A'.repeat(14_000_000), mapping: { name: 0 } },
        'decoded > 10 MB',
      ],
      [
        { fileName: 'big.csv', contentBase64: 'A'.repeat(14_000_001), mapping: { name: 0 } },
        'over the schema',
      ],
    ];
    for (const [input, what] of cases) {
      for (const channel of ['agencies:importPreview', 'agencies:importCommit'] as const) {
        const before = snapshot();
        const envelope = await dispatch(channel, input);
        expect(envelope.ok ? 'ok' : envelope.error.code, `${channel} ${what}`).toBe('VALIDATION');
        expectUnchanged(before, snapshot(), `${channel} ${what}`);
      }
    }
  });
});

describe('after all hostile calls', () => {
  it('leaves every record readable, the audit chain intact and the file sound', async () => {
    await expectReadsHealthy('all hostile calls');
    await expectEveryRecordReadable();
    const db = rawConnection(world.t.core.workspace.dataSource());
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('never pollutes Object.prototype', () => {
    for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
      expect(Object.prototype.hasOwnProperty.call(proto, 'polluted')).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(pollutionObjects().length).toBeGreaterThan(0);
  });
});
