/** Passphrase change (WAL-safe rekey), strength checks, and settings persistence. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  createWorkspace,
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

describe('change passphrase', () => {
  it('re-encrypts: the old passphrase then fails, the new one opens, data intact', async () => {
    const { path: file } = await createWorkspace(t, 'Rekey Task Force');
    await t.call('workspace:updateSettings', {
      letterheadText: 'Ministry of Interior\nSecretariat',
    });
    await t.call('workspace:changePassphrase', {
      currentPassphrase: STRONG_PASSPHRASE,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
      newPassphraseConfirm: OTHER_STRONG_PASSPHRASE,
    });
    // The session keeps working after the rekey.
    await t.call('workspace:updateSettings', { kAnonymity: 7 });
    await t.call('workspace:close', {});

    const old = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(old.code).toBe('WRONG_PASSPHRASE');
    await t.call('workspace:open', { path: file!, passphrase: OTHER_STRONG_PASSPHRASE });
    const settings = await t.call('workspace:getSettings', {});
    expect(settings.taskForceName).toBe('Rekey Task Force');
    expect(settings.letterheadText).toBe('Ministry of Interior\nSecretariat');
    expect(settings.kAnonymity).toBe(7);
  });

  it('requires the right current passphrase and a strong, confirmed new one', async () => {
    await createWorkspace(t);
    const wrong = await t.fail('workspace:changePassphrase', {
      currentPassphrase: 'not-the-current-one',
      newPassphrase: OTHER_STRONG_PASSPHRASE,
      newPassphraseConfirm: OTHER_STRONG_PASSPHRASE,
    });
    expect(wrong.code).toBe('WRONG_PASSPHRASE');
    const weak = await t.fail('workspace:changePassphrase', {
      currentPassphrase: STRONG_PASSPHRASE,
      newPassphrase: 'aaaaaaaaaaaaaaaa',
      newPassphraseConfirm: 'aaaaaaaaaaaaaaaa',
    });
    expect(weak.code).toBe('WEAK_PASSPHRASE');
    const mismatch = await t.fail('workspace:changePassphrase', {
      currentPassphrase: STRONG_PASSPHRASE,
      newPassphrase: OTHER_STRONG_PASSPHRASE,
      newPassphraseConfirm: `${OTHER_STRONG_PASSPHRASE}x`,
    });
    expect(mismatch.code).toBe('PASSPHRASE_MISMATCH');
    await t.call('workspace:close', {});
    // Still the original passphrase.
    await t.call('workspace:open', { path: 'ws', passphrase: STRONG_PASSPHRASE });
  });
});

describe('passphrase encoding', () => {
  it('opens with the same words typed in another Unicode normal form (NFC vs NFD)', async () => {
    const nfc = 'café-lantern-orchid-vessel-42'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    const { path: file } = await t.call('workspace:create', {
      path: 'accents',
      passphrase: nfc,
      passphraseConfirm: nfc,
      settings: { taskForceName: 'Accents' },
    });
    await t.call('workspace:close', {});
    expect((await t.call('workspace:open', { path: file!, passphrase: nfd })).state).toBe('open');
  });
});

describe('passphrase strength', () => {
  it('rates guessable phrases low and long unrelated words high', async () => {
    const weak = await t.call('workspace:passphraseStrength', { passphrase: 'password123' });
    expect(weak.acceptable).toBe(false);
    expect(weak.tooShort).toBe(true);
    expect(weak.score).toBeLessThan(3);
    expect(weak.warning).not.toBeNull();
    const strong = await t.call('workspace:passphraseStrength', { passphrase: STRONG_PASSPHRASE });
    expect(strong.acceptable).toBe(true);
    expect(strong.score).toBeGreaterThanOrEqual(3);
  });
});

describe('settings', () => {
  it('validates and persists every workspace setting', async () => {
    await createWorkspace(t);
    const updated = await t.call('workspace:updateSettings', {
      taskForceName: 'Comité Nacional',
      country: 'pe',
      defaultLanguage: 'es',
      classificationMarking: 'CONFIDENCIAL',
      kAnonymity: 10,
      autoLockMinutes: 0,
      paperSize: 'Letter',
    });
    expect(updated.country).toBe('PE');
    const status = await t.call('workspace:status', {});
    expect(status).toMatchObject({
      taskForceName: 'Comité Nacional',
      autoLockMinutes: 0,
      defaultLanguage: 'es',
    });
    await t.call('workspace:lock', {});
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(await t.call('workspace:getSettings', {})).toEqual({ ...updated, letterheadText: '' });

    for (const bad of [
      { kAnonymity: 1 },
      { autoLockMinutes: 999 },
      { country: 'PER' },
      { taskForceName: '  ' },
      { defaultLanguage: 'de' },
    ]) {
      expect((await t.fail('workspace:updateSettings', bad)).code).toBe('VALIDATION');
    }
    expect((await t.call('workspace:getSettings', {})).kAnonymity).toBe(10);
  });
});
