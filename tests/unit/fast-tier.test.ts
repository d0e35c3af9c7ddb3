/**
 * The fast test tier stays where it belongs (issue 13). Domain tests may run on the in-memory,
 * unencrypted database (startTestCore(now, { memory: true }), tests/fixtures/memoryDatabase.ts);
 * a test whose subject is the encrypted file — encryption, backups, crashes, disk-full, locking,
 * passphrases, aliases, private files, leaks, migrations on files, the processes — may not, and
 * neither may a memory-tier test close, lock or reopen its workspace (a close or lock makes an
 * automatic backup, which from an unencrypted database would be a plaintext file). The app itself
 * never reaches the memory opener: nothing under electron/ imports from tests/, only the core's
 * entry and its workspace/database code know `openDatabase`, and no createCore caller passes it.
 * Last, through the real core: a memory workspace works (write, read, audit) and leaves nothing
 * on disk to reopen.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, filesWithMarker } from '../e2e/leakScan';
import { STRONG_PASSPHRASE, createWorkspace, startTestCore, type TestCore } from '../fixtures/core';

const root = path.resolve(__dirname, '../..');
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

const testFiles = filesUnder(path.join(root, 'tests')).filter((file) =>
  /\.(test|spec)\.tsx?$/.test(file),
);
const appFiles = filesUnder(path.join(root, 'electron')).filter((file) =>
  /\.(ts|tsx|mts|cts)$/.test(file),
);
const textOf = (file: string) => fs.readFileSync(file, 'utf8');

/** A test file on the fast tier: it asks startTestCore (or a world) for memory, or opens it. */
const MEMORY_TIER = /\bmemory:\s*true\b|\bopenMemoryDatabase\b/;
/** Test files whose subject needs the encrypted workspace file (or a process around it). */
const FILE_SUBJECT =
  /backup|crash|disk-full|plaintext|private-files|leak|workspace-(lock|passphrase|aliases|lifecycle)|autolock|migration|native-abi|browser-host|start-electron|core-process|host-limits|build-output|demo-workspace|schema-(agreement|snapshot)|foreign-key-indexes|hostile-input|bench/;
/** Channels that close, lock or reopen a workspace, or copy it into a backup. */
const FILE_CHANNELS =
  /'(workspace:(open|close|lock|unlock|changePassphrase)|backup:[A-Za-z]+|demo:open)'/g;

const memoryTier = testFiles.filter((file) => MEMORY_TIER.test(textOf(file))).map(rel);

describe('the fast tier is used for domain tests only', () => {
  it('finds the memory-tier tests, and its name rule knows the encrypted-tier subjects', () => {
    // Detection that found nothing would make the checks below pass vacuously.
    expect(memoryTier).toContain('tests/integration/agencies.test.ts');
    expect(memoryTier.length).toBeGreaterThan(20);
    const named = testFiles.map(rel).filter((file) => FILE_SUBJECT.test(path.basename(file)));
    for (const file of [
      'tests/integration/backup.test.ts',
      'tests/integration/crash-safety.test.ts',
      'tests/integration/disk-full.test.ts',
      'tests/integration/no-plaintext.test.ts',
      'tests/integration/private-files.test.ts',
      'tests/integration/workspace-lock.test.ts',
      'tests/integration/workspace-passphrase.test.ts',
      'tests/integration/core-autolock.test.ts',
      'tests/integration/migrations.test.ts',
      'tests/e2e/leak.spec.ts',
      'tests/bench/workspace.bench.test.ts',
    ]) {
      expect(named, `${file} is not recognised as an encrypted-tier subject`).toContain(file);
    }
  });

  it('no test whose subject is the encrypted file runs on the memory tier', () => {
    const misplaced = memoryTier.filter((file) => FILE_SUBJECT.test(path.basename(file)));
    expect(misplaced).toEqual([]);
  });

  it('no memory-tier test closes, locks, reopens or backs up its workspace', () => {
    // This file's own reopen below is the proof that the memory tier keeps nothing.
    const others = memoryTier.filter((file) => file !== rel(__filename));
    expect(others.length).toBe(memoryTier.length - 1);
    const found = others.flatMap((file) =>
      [...textOf(path.join(root, file)).matchAll(FILE_CHANNELS)].map((m) => `${file}: ${m[1]}`),
    );
    expect(found).toEqual([]);
  });
});

describe('the app never reaches the memory opener', () => {
  it('no file under electron/ imports anything from tests/', () => {
    expect(appFiles.length).toBeGreaterThan(50);
    const testsDir = path.join(root, 'tests') + path.sep;
    const found = appFiles.flatMap((file) =>
      ts
        .preProcessFile(textOf(file), true, true)
        .importedFiles.map((i) => i.fileName)
        .filter((spec) =>
          spec.startsWith('.')
            ? path.resolve(path.dirname(file), spec).startsWith(testsDir)
            : /(^|\/)tests\//.test(spec),
        )
        .map((spec) => `${rel(file)} → ${spec}`),
    );
    expect(found).toEqual([]);
  });

  it('only the core entry and its workspace and database code mention openDatabase', () => {
    const allowed = (file: string) =>
      file === 'electron/core/index.ts' ||
      file === 'electron/core/db/dataSource.ts' ||
      file.startsWith('electron/core/workspace/');
    const mentioning = appFiles.map(rel).filter((file) => /openDatabase/.test(textOf(file)));
    // The seam itself is found (a renamed option would leave this test checking nothing).
    expect(mentioning).toContain('electron/core/index.ts');
    expect(mentioning.filter((file) => !allowed(file))).toEqual([]);
  });

  it('no createCore caller passes an opener: the CLI host and the core process make encrypted files', () => {
    const callers = appFiles
      .map(rel)
      .filter((file) => file !== 'electron/core/index.ts')
      .filter(
        (file) =>
          /\bcreateCore\b/.test(textOf(path.join(root, file))) ||
          file.startsWith('electron/core/process/'),
      );
    expect(callers).toEqual(
      expect.arrayContaining(['electron/host/cli.ts', 'electron/core/process/coreProcess.ts']),
    );
    for (const file of callers) {
      const text = textOf(path.join(root, file));
      expect(text, file).not.toMatch(/openDatabase|openMemoryDatabase|:memory:/);
    }
  });
});

describe('a memory workspace through the real core', () => {
  let t: TestCore | undefined;
  afterEach(async () => {
    await t?.cleanup();
    t = undefined;
  });

  /** Every file under a folder whose bytes hold the text (UTF-8 or UTF-16). */
  const holding = (dir: string, text: string) => filesWithMarker(filesUnder(dir), text);

  it('writes, reads and audits, and leaves nothing on disk to reopen', async () => {
    t = startTestCore(() => new Date('2026-06-15T10:00:00Z'), { memory: true });
    const created = await createWorkspace(t, 'Fast Tier Task Force');
    expect(created.state).toBe('open');
    const name = 'Quillfeather Inspectorate';
    const agency = await t.call('agencies:create', { name, kind: 'labour_inspection' });
    const listed = await t.call('agencies:list', {});
    expect(listed.items.map((a) => a.name)).toContain(name);
    const audit = await t.call('audit:list', { channel: 'agencies:create' });
    expect(audit.items.map((e) => e.recordId)).toEqual([agency.id]);

    // The workspace's path holds the empty placeholder the core made, no database pages, and
    // no file anywhere in the data folder holds what was written.
    const file = created.path!;
    expect(fs.statSync(file).size).toBe(0);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(holding(t.dataDir, name)).toEqual([]);
    expect(holding(t.dataDir, 'Fast Tier Task Force')).toEqual([]);

    // Once another workspace replaces it, the first cannot be opened again: its path holds no
    // workspace, as nothing was kept.
    await createWorkspace(t, 'Second Task Force', 'other');
    const refused = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(refused.code).toBe('NOT_A_WORKSPACE');
    expect((await t.call('workspace:status', {})).path).not.toBe(file);
    expect((await t.call('agencies:list', {})).items.map((a) => a.name)).not.toContain(name);
  });
});
