/**
 * Core bugs the hostile-input properties found, each fixed and kept here as a regression
 * test in the same world (a workspace with data, decoys, a sandbox as the cwd).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyConnection } from '../../electron/core/db/cipher';
import { SqliteDriver } from '../../electron/core/db/sqlite';
import type { ChannelName } from '../../shared/contract';
import type { ErrorCode } from '../../shared/errors';
import { OTHER_STRONG_PASSPHRASE, STRONG_PASSPHRASE } from '../fixtures/core';
import { expectUnchanged, snapshot } from '../fixtures/hostileSnapshot';
import { dispatch, useHostileWorld } from '../fixtures/hostileWorld';

const world = useHostileWorld();

/** The call is refused with exactly this code and changes nothing stored. */
async function expectRefusedWith(channel: ChannelName, input: unknown, code: ErrorCode) {
  const before = snapshot();
  const envelope = await dispatch(channel, input);
  expect(envelope.ok ? 'ok' : envelope.error.code, `${channel} ${JSON.stringify(input)}`).toBe(
    code,
  );
  expectUnchanged(before, snapshot(), `refused ${channel}`);
}

const inSandbox = (...parts: string[]) => path.join(world.sandbox, ...parts);

describe('regressions found by these properties', () => {
  describe('a key set to undefined (kept by Electron IPC) means "unchanged", not INTERNAL', () => {
    it('agencies:update', async () => {
      const [id] = world.pools.agencyIds;
      const before = (await world.t.call('agencies:get', { id: id! })).name;
      const envelope = await dispatch('agencies:update', {
        id,
        patch: { name: undefined, notes: 'Updated with an undefined name' },
      });
      expect(envelope.ok).toBe(true);
      const after = await world.t.call('agencies:get', { id: id! });
      expect(after).toMatchObject({ name: before, notes: 'Updated with an undefined name' });
    });

    it('workspace:updateSettings', async () => {
      const envelope = await dispatch('workspace:updateSettings', {
        defaultLanguage: undefined,
        letterheadText: 'Letterhead after an undefined key',
      });
      expect(envelope.ok).toBe(true);
      expect(await world.t.call('workspace:getSettings', {})).toMatchObject({
        defaultLanguage: 'en',
        letterheadText: 'Letterhead after an undefined key',
      });
    });
  });

  describe('a length that cannot become a number (zod throws on it) is VALIDATION, not a crash', () => {
    it.each([
      ['cases:create', { profiles: { length: Object.create(null) } }],
      ['cases:purge', { ids: { length: Object.create(null) } }],
      ['actions:bulkSetStatus', { ids: { length: Object.create(null) }, status: 'done' }],
    ] as const)('%s', async (channel, input) => {
      await expectRefusedWith(channel, input, 'VALIDATION');
    });
  });

  describe('workspace:create', () => {
    it('refuses a path with a NUL character (no truncated file)', async () => {
      await expectRefusedWith(
        'workspace:create',
        {
          path: path.join(world.decoyDir, 'empty.coordina\u0000.txt'),
          passphrase: OTHER_STRONG_PASSPHRASE,
          passphraseConfirm: OTHER_STRONG_PASSPHRASE,
          settings: { taskForceName: 'Truncated' },
        },
        'VALIDATION',
      );
    });

    it('refuses file names too long for the file system and its side files, creating nothing', async () => {
      for (const name of [
        'n'.repeat(300),
        'n'.repeat(250),
        path.join(world.sandbox, 'é'.repeat(120)),
      ]) {
        await expectRefusedWith(
          'workspace:create',
          {
            path: name,
            passphrase: OTHER_STRONG_PASSPHRASE,
            passphraseConfirm: OTHER_STRONG_PASSPHRASE,
            settings: { taskForceName: 'Long Name' },
          },
          'VALIDATION',
        );
      }
    });

    it('refuses a backup folder its platform does not take as absolute', async () => {
      await expectRefusedWith(
        'workspace:create',
        {
          path: inSandbox('drive-letter.coordina'),
          passphrase: OTHER_STRONG_PASSPHRASE,
          passphraseConfirm: OTHER_STRONG_PASSPHRASE,
          settings: {
            taskForceName: 'Drive Letter',
            backupFolder: process.platform === 'win32' ? '\\relative' : 'C:\\Backups',
          },
        },
        'VALIDATION',
      );
    });
  });

  describe('backup folders', () => {
    it('backup:now refuses a file or a device as folder with NOT_A_FOLDER', async () => {
      await expectRefusedWith('backup:now', { folder: inSandbox('file.txt') }, 'NOT_A_FOLDER');
      if (fs.existsSync('/dev/null')) {
        await expectRefusedWith('backup:now', { folder: '/dev/null' }, 'NOT_A_FOLDER');
        await expectRefusedWith('backup:now', { folder: '/dev/null/sub' }, 'NOT_A_FOLDER');
      }
    });

    it.runIf(fs.existsSync('/proc/self'))(
      'backup:now answers a folder that cannot be made (under /proc) instead of spinning',
      async () => {
        await expectRefusedWith(
          'backup:now',
          { folder: '/proc/coordina-backups/daily' },
          'FILE_MISSING',
        );
      },
      10_000,
    );

    it('backup:now and backup:list refuse a relative folder (it would be beside the cwd)', async () => {
      await expectRefusedWith('backup:now', { folder: 'relative-to-cwd' }, 'VALIDATION');
      await expectRefusedWith('backup:list', { folder: 'relative-to-cwd' }, 'VALIDATION');
    });

    it('backup:list of a file or a device answers NOT_A_FOLDER', async () => {
      await expectRefusedWith('backup:list', { folder: inSandbox('file.txt') }, 'NOT_A_FOLDER');
      if (fs.existsSync('/dev/null')) {
        await expectRefusedWith('backup:list', { folder: '/dev/null' }, 'NOT_A_FOLDER');
      }
    });

    (process.platform === 'win32' ? it.skip : it)(
      'workspace:updateSettings refuses a Windows drive path as backup folder where it is not absolute',
      async () => {
        await expectRefusedWith(
          'workspace:updateSettings',
          { backupFolder: 'C:\\Backups' },
          'VALIDATION',
        );
      },
    );
  });

  describe('backup:restore', () => {
    const restore = (backupPath: string, targetPath: string) => ({
      backupPath,
      targetPath,
      passphrase: STRONG_PASSPHRASE,
    });
    const kept = () => inSandbox('kept.coordina-backup');

    it('refuses a target in a folder that does not exist, or under a file', async () => {
      await expectRefusedWith(
        'backup:restore',
        restore(kept(), inSandbox('no-such-folder', 'x.coordina')),
        'FILE_MISSING',
      );
      await expectRefusedWith(
        'backup:restore',
        restore(kept(), inSandbox('file.txt', 'x.coordina')),
        'NOT_A_FOLDER',
      );
    });

    it('refuses a target path with a NUL character (no truncated file)', async () => {
      await expectRefusedWith(
        'backup:restore',
        restore(kept(), inSandbox('cut\u0000.coordina')),
        'VALIDATION',
      );
    });

    it('refuses a relative backup path', async () => {
      await expectRefusedWith(
        'backup:restore',
        restore('kept.coordina-backup', inSandbox('from-relative.coordina')),
        'VALIDATION',
      );
    });

    it('refuses files that are not backups of a workspace with NOT_A_WORKSPACE', async () => {
      // An encrypted database under the same passphrase that is not a Coordina workspace.
      const foreign = inSandbox('foreign.db');
      const db = new SqliteDriver(foreign);
      keyConnection(db, STRONG_PASSPHRASE);
      db.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
      db.close();
      for (const file of ['empty.bin', 'file.txt', 'foreign.db']) {
        await expectRefusedWith(
          'backup:restore',
          restore(inSandbox(file), inSandbox(`from-${file}.coordina`)),
          'NOT_A_WORKSPACE',
        );
      }
    });
  });

  describe('text with a lone surrogate (stored as UTF-8 it would come back altered)', () => {
    it('is refused with VALIDATION wherever text is stored', async () => {
      const [id] = world.pools.agencyIds;
      await expectRefusedWith(
        'agencies:create',
        { name: 'Agency \uD800', kind: 'ngo' },
        'VALIDATION',
      );
      await expectRefusedWith(
        'agencies:update',
        { id, patch: { notes: 'x\uDFFFy' } },
        'VALIDATION',
      );
      await expectRefusedWith(
        'workspace:updateSettings',
        { letterheadText: '\uDC00 letterhead' },
        'VALIDATION',
      );
      // A well-formed astral character (a surrogate pair) is fine.
      const ok = await world.t.call('agencies:update', { id: id!, patch: { notes: '🦄 ok' } });
      expect(ok.notes).toBe('🦄 ok');
    });
  });

  describe('a required text that begins with a NUL', () => {
    it('is refused with VALIDATION (SQLite read it as empty and the CHECK answered INTERNAL)', async () => {
      const envelope = await dispatch('trainings:create', {
        date: '1990-01-01',
        topic: '\u0000',
        format: 'in_person',
      });
      expect(envelope.ok ? 'ok' : envelope.error.code).toBe('VALIDATION');
      const inside = await dispatch('trainings:create', {
        date: '1990-01-01',
        topic: 'nul\u0000inside',
        format: 'in_person',
      });
      expect(inside.ok, JSON.stringify(inside)).toBe(true);
    });
  });

  describe('search:query with control characters', () => {
    it('reads a NUL as a word break (it ended the FTS5 string early and answered INTERNAL)', async () => {
      const envelope = await dispatch('search:query', { text: 'nul\u0000inside' });
      expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
      const tabbed = await dispatch('search:query', { text: '\u0001\u0007' });
      expect(tabbed.ok, JSON.stringify(tabbed)).toBe(true);
    });
  });

  describe('agencies:delete of an agency other records point at', () => {
    it('answers REFERENCED, not INTERNAL, when only an agreement names it', async () => {
      const agency = await dispatch('agencies:create', {
        name: 'Consulate of the partner country',
        kind: 'other',
      });
      expect(agency.ok).toBe(true);
      const id = (agency as { result: { id: string } }).result.id;
      const made = await dispatch('agreements:create', {
        type: 'mou',
        title: 'MoU on consular assistance',
        agencyIds: [id],
      });
      expect(made.ok, JSON.stringify(made)).toBe(true);
      await expectRefusedWith('agencies:delete', { id }, 'REFERENCED');
    });
  });

  describe('nap:createPlan at the end of the calendar', () => {
    it('refuses a plan dated in year 9999 with VALIDATION (it used to loop past year 9999 and answer INTERNAL)', async () => {
      await expectRefusedWith(
        'nap:createPlan',
        { title: 'Far plan', startDate: '9999-12-31', endDate: '9999-12-31' },
        'VALIDATION',
      );
      await expectRefusedWith(
        'nap:createPlan',
        { title: 'Old plan', startDate: '0001-01-01', endDate: '0001-12-31' },
        'VALIDATION',
      );
    });
  });

  describe('meetings:createSeries at the end of the calendar', () => {
    it('refuses a series that would run past 9999-12-31 with VALIDATION (it stored "+010000-01" as a date)', async () => {
      const [bodyId] = world.pools.bodyIds;
      await expectRefusedWith(
        'meetings:createSeries',
        {
          bodyId,
          after: '9999-11-30',
          recurrence: { kind: 'monthly_day', day: 15, intervalMonths: 1 },
          count: 3,
        },
        'VALIDATION',
      );
    });
  });
});
