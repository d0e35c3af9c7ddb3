/** Every channel rejects malformed input with VALIDATION and writes nothing. */
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/contract';
import {
  STRONG_PASSPHRASE,
  createWorkspace,
  sha256,
  startTestCore,
  type TestCore,
} from '../fixtures/core';

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

const MALFORMED: unknown[] = [
  null,
  undefined,
  42,
  'workspace',
  [],
  { unexpectedField: true },
  { path: 123, passphrase: ['x'] },
  { passphrase: '', path: '' },
  { kAnonymity: 'five' },
];

describe('contract validation', () => {
  it('rejects malformed input on every channel with VALIDATION, leaving file and settings unchanged', async () => {
    const { path: file } = await createWorkspace(t, 'Validation Task Force');
    const settingsBefore = await t.call('workspace:getSettings', {});
    await t.call('workspace:lock', {});
    const hashBefore = sha256(file!);
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });

    for (const channel of CHANNEL_NAMES) {
      for (const input of MALFORMED) {
        const envelope = await t.core.dispatch(channel, input);
        // Some channels accept an empty object; none accepts any of these.
        expect(envelope.ok, `${channel} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!envelope.ok) expect(envelope.error.code, channel).toBe('VALIDATION');
      }
    }

    expect(await t.call('workspace:getSettings', {})).toEqual(settingsBefore);
    expect((await t.call('workspace:status', {})).state).toBe('open');
    await t.call('workspace:lock', {});
    expect(sha256(file!)).toBe(hashBefore);
    expect(fs.readdirSync(`${t.dataDir}/workspaces`).sort()).toEqual([
      'ws.coordina',
      'ws.coordina.lock',
    ]);
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    expect((await t.fail('workspace:dropEverything', {})).code).toBe('UNKNOWN_CHANNEL');
    expect((await t.fail('__proto__', {})).code).toBe('UNKNOWN_CHANNEL');
  });

  it('never echoes a rejected passphrase in the error details', async () => {
    const secret = 'S3cret-That-Is-Far-Too-Long'.repeat(60);
    const error = await t.fail('workspace:open', { path: 'x', passphrase: secret });
    expect(error.code).toBe('VALIDATION');
    expect(JSON.stringify(error)).not.toContain('S3cret');
  });
});
