/** Content written through the API never appears in plaintext on disk (file, WAL, temp dir, data dir). */
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STRONG_PASSPHRASE, startTestCore, type TestCore } from '../fixtures/core';
import { filesUnder, filesWithMarker, newTempFiles } from '../e2e/leakScan';

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(async () => {
  await t.cleanup();
});

describe('no plaintext leaks', () => {
  it('keeps markers out of the database file, its -wal, the data dir and the temp dir', async () => {
    const marker = `PLAINTEXT-MARKER-${Date.now()}`;
    const tmpBefore = fs.readdirSync(os.tmpdir());
    const created = await t.call('workspace:create', {
      path: 'leak-check',
      passphrase: STRONG_PASSPHRASE,
      passphraseConfirm: STRONG_PASSPHRASE,
      settings: { taskForceName: `${marker}-name` },
    });
    await t.call('workspace:updateSettings', { letterheadText: `${marker}-letterhead` });
    const agency = await t.call('agencies:create', {
      name: `${marker}-agency`,
      kind: 'ngo',
      notes: `${marker}-notes`,
    });
    await t.call('focalPoints:create', {
      agencyId: agency.id,
      name: `${marker}-person`,
      email: 'marker.person@example.org',
      phone: '+233 30 266 4611',
    });
    const csv = `Name,Focal point\n${marker}-imported,${marker}-imported-person\n`;
    const upload = { fileName: 'm.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const preview = await t.call('agencies:importPreview', upload);
    await t.call('agencies:importCommit', { ...upload, mapping: preview.mapping });
    const file = created.path!;
    // While open, the WAL holds the latest writes: it must be encrypted too.
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    const dataFiles = filesUnder(t.dataDir);
    expect(dataFiles.length).toBeGreaterThan(0);
    expect(filesWithMarker(dataFiles, marker)).toEqual([]);
    await t.call('workspace:lock', {});
    expect(filesWithMarker(filesUnder(t.dataDir), marker)).toEqual([]);
    // Files other tests make meanwhile (they run side by side) are scanned too: none has it.
    expect(filesWithMarker(newTempFiles(tmpBefore), marker)).toEqual([]);
    // Sanity: the marker is really stored (readable once unlocked).
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expect((await t.call('workspace:getSettings', {})).letterheadText).toBe(`${marker}-letterhead`);
    const found = await t.call('agencies:list', { search: marker });
    expect(found.items.map((a) => a.primaryFocalPoint?.name).sort()).toEqual([
      `${marker}-imported-person`,
      `${marker}-person`,
    ]);
  });
});
