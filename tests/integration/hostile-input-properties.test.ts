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
 * get targeted properties with inputs that cannot succeed.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawConnection } from '../../electron/core/db/dataSource';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../shared/contract';
import type { ImportMapping } from '../../shared/contract/agencies';
import type { ErrorCode, RpcEnvelope } from '../../shared/errors';
import {
  OTHER_STRONG_PASSPHRASE,
  STRONG_PASSPHRASE,
  sha256,
  startTestCore,
  type TestCore,
} from '../fixtures/core';
import {
  TRICKY_STRINGS,
  anyValue,
  invalidInput,
  nearValidInput,
  pollutionObjects,
  type Pools,
} from '../fixtures/hostileInput';
import { importFiles, type ImportFile } from '../fixtures/importFiles';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

/**
 * Runs per property. Budget: the whole file stays under 30 s on a busy 2-core machine.
 * COORDINA_HOSTILE_SCALE=10 multiplies them for a deeper local hunt.
 */
const SCALE = Number(process.env.COORDINA_HOSTILE_SCALE ?? 1);
const RUNS = Object.fromEntries(
  Object.entries({ any: 25, nearValid: 45, invalid: 25, session: 15, passphrase: 6 }).map(
    ([k, n]) => [k, Math.max(1, Math.round(n * SCALE))],
  ),
) as Record<'any' | 'nearValid' | 'invalid' | 'session' | 'passphrase', number>;

const SESSION_CHANNELS = [
  'workspace:create',
  'workspace:open',
  'workspace:unlock',
  'workspace:lock',
  'workspace:close',
  'workspace:changePassphrase',
] as const satisfies readonly ChannelName[];
type SessionChannel = (typeof SESSION_CHANNELS)[number];
const isSession = (c: ChannelName): c is SessionChannel =>
  (SESSION_CHANNELS as readonly string[]).includes(c);

/**
 * The error codes each channel may answer to bad input. VALIDATION everywhere (the schema,
 * or a domain rule such as a name without letters). NOT_FOUND only where the input names a
 * record by id. DUPLICATE where a name must be unique (agencies; an import refusing
 * duplicates). REFERENCED only for deleting an agency others point at. NO_WORKSPACE is never
 * acceptable: the workspace stays open throughout, so it would mean a call closed it.
 * A channel missing here fails the completeness test: classify it when you add it.
 */
const ALLOWED: Partial<Record<ChannelName, readonly ErrorCode[]>> = {
  'workspace:status': ['VALIDATION'],
  'workspace:passphraseStrength': ['VALIDATION'],
  'workspace:getSettings': ['VALIDATION'],
  'workspace:updateSettings': ['VALIDATION'],
  'workspace:recent': ['VALIDATION'],
  'workspace:forgetRecent': ['VALIDATION'],
  'agencies:list': ['VALIDATION'],
  'agencies:get': ['VALIDATION', 'NOT_FOUND'],
  'agencies:create': ['VALIDATION', 'DUPLICATE'],
  'agencies:update': ['VALIDATION', 'NOT_FOUND', 'DUPLICATE'],
  'agencies:archive': ['VALIDATION', 'NOT_FOUND'],
  'agencies:delete': ['VALIDATION', 'NOT_FOUND', 'REFERENCED'],
  'agencies:matrix': ['VALIDATION'],
  'agencies:importPreview': ['VALIDATION'],
  'agencies:importCommit': ['VALIDATION', 'DUPLICATE'],
  'focalPoints:list': ['VALIDATION'],
  // Unknown agency or focal point to replace: NOT_FOUND; archived agency, overlapping primary
  // terms, bad phone or dates: VALIDATION.
  'focalPoints:create': ['VALIDATION', 'NOT_FOUND'],
  'focalPoints:update': ['VALIDATION', 'NOT_FOUND'],
  'focalPoints:end': ['VALIDATION', 'NOT_FOUND'],
  'bodies:list': ['VALIDATION'],
  'bodies:get': ['VALIDATION', 'NOT_FOUND'],
  // Unknown chair/secretariat/member agencies are a VALIDATION error (a field of the form).
  'bodies:create': ['VALIDATION'],
  'bodies:update': ['VALIDATION', 'NOT_FOUND'],
  'audit:list': ['VALIDATION'],
  'audit:verify': ['VALIDATION'],
  // A folder that cannot be made or written: FILE_MISSING / FILE_READ_ONLY; a file where the
  // folder should be: NOT_A_FOLDER.
  'backup:now': ['VALIDATION', 'FILE_MISSING', 'FILE_READ_ONLY', 'NOT_A_FOLDER'],
  'backup:list': ['VALIDATION', 'FILE_MISSING', 'NOT_A_FOLDER'],
  // A backup that is missing, not ours, damaged or under another passphrase; a target that
  // exists or cannot be made.
  'backup:restore': [
    'VALIDATION',
    'FILE_EXISTS',
    'FILE_MISSING',
    'FILE_READ_ONLY',
    'NOT_A_FOLDER',
    'WRONG_PASSPHRASE',
    'NOT_A_WORKSPACE',
    'WORKSPACE_DAMAGED',
  ],
};

/**
 * Channels that write files by design when they succeed (a backup, a restored copy): their
 * success may add files to these parts of the snapshot; their failure may not.
 */
const FILE_WRITERS: ReadonlySet<ChannelName> = new Set(['backup:now', 'backup:restore']);
const WRITTEN_FILES = ['sandbox', 'backups', 'backupLocations', 'workspaceFolder'] as const;
/** Locking makes an automatic backup by design. */
const BACKUP_FILES = ['sandbox', 'backups', 'backupLocations'] as const;

/** Reads first, then changes, archive and delete last (they retire the seeded records). */
const GENERAL_CHANNELS = CHANNEL_NAMES.filter((c) => !isSession(c))
  .map((c, i) => ({ c, rank: !contract[c].mutates ? 0 : /archive|delete/.test(c) ? 2 : 1, i }))
  .sort((a, b) => a.rank - b.rank || a.i - b.i)
  .map(({ c }) => c);

let t: TestCore;
let workspaceFile: string;
let decoyDir: string;
/** The working directory during these tests: relative paths the core writes to land here. */
let sandbox: string;
let originalCwd: string;
let pools: Pools;
let files: ImportFile[];

// ---------------------------------------------------------------------------------------------
// What "nothing was written" means

interface Snapshot {
  tables: Record<string, string>;
  recent: string;
  workspaceFolder: string[];
  decoys: Record<string, string>;
  sandbox: string[];
  backups: string[];
  backupLocations: string;
  status: string;
}

type SnapshotPart = Exclude<keyof Snapshot, 'tables'>;

function userTables(): string[] {
  const db = rawConnection(t.core.workspace.dataSource());
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

function readFileOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function recentPaths(): string {
  const raw = readFileOr(path.join(t.dataDir, 'recent-workspaces.json'), '{"items":[]}');
  return JSON.stringify(
    (JSON.parse(raw) as { items: { path: string }[] }).items.map((i) => i.path),
  );
}

/** Names and sizes of everything under a folder. */
function listing(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => {
      const stat = fs.lstatSync(path.join(dir, name));
      return `${name}:${stat.isDirectory() ? 'dir' : stat.size}`;
    })
    .sort();
}

function decoyHashes(): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(decoyDir, { withFileTypes: true })
      .map((e) => [e.name, e.isFile() ? sha256(path.join(decoyDir, e.name)) : 'dir']),
  );
}

/** Every row of every table, plus what lives outside the file. Needs an open workspace. */
function snapshot(): Snapshot {
  const status = t.core.workspace.status();
  const tables: Record<string, string> = {};
  if (status.state === 'open') {
    const db = rawConnection(t.core.workspace.dataSource());
    for (const name of userTables()) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).raw().all();
      tables[name] = `${rows.length}:${rows
        .map((r) => JSON.stringify(r))
        .sort()
        .join('\n')}`;
    }
  }
  return {
    tables,
    // Which workspaces the list holds (opening one again only refreshes its time).
    recent: recentPaths(),
    workspaceFolder: fs.readdirSync(path.join(t.dataDir, 'workspaces')).sort(),
    decoys: decoyHashes(),
    sandbox: listing(sandbox),
    backups: listing(path.join(t.dataDir, 'backups')),
    backupLocations: readFileOr(path.join(t.dataDir, 'backup-locations.json'), '(none)'),
    status: JSON.stringify(status),
  };
}

function auditEntries(s: Snapshot): number {
  return Number((s.tables.audit_log ?? '0:').split(':')[0]);
}

const PARTS: SnapshotPart[] = [
  'recent',
  'workspaceFolder',
  'decoys',
  'sandbox',
  'backups',
  'backupLocations',
  'status',
];

function expectUnchanged(
  before: Snapshot,
  after: Snapshot,
  what: string,
  mayChange: readonly SnapshotPart[] = [],
): void {
  const changed = [
    ...Object.keys({ ...before.tables, ...after.tables })
      .filter((k) => before.tables[k] !== after.tables[k])
      .map((k) => `table ${k}`),
    ...PARTS.filter((k) => !mayChange.includes(k))
      .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => `${k} ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`),
  ];
  if (changed.length > 0) expect.fail(`${what} changed stored state: ${changed.join('; ')}`);
}

function describeInput(input: unknown): string {
  try {
    const text = JSON.stringify(input, (_k, v: unknown) =>
      typeof v === 'bigint'
        ? `${v}n`
        : typeof v === 'string' && v.length > 80
          ? `<${v.length} chars>`
          : v,
    );
    return text === undefined ? String(input) : text.slice(0, 400);
  } catch {
    return `<${Object.prototype.toString.call(input)}>`;
  }
}

// ---------------------------------------------------------------------------------------------
// One hostile call

async function dispatch(channel: ChannelName, input: unknown): Promise<RpcEnvelope<unknown>> {
  let envelope: RpcEnvelope<unknown>;
  try {
    envelope = await t.core.dispatch(channel, input);
  } catch (error) {
    return expect.fail(`${channel} threw ${String(error)} for ${describeInput(input)}`);
  }
  expect(typeof envelope.ok, channel).toBe('boolean');
  if (envelope.ok) expect(envelope).toHaveProperty('result');
  else {
    expect(typeof envelope.error.code).toBe('string');
    expect(typeof envelope.error.message).toBe('string');
  }
  // What crosses HTTP and IPC: it must serialise.
  expect(() => JSON.stringify(envelope)).not.toThrow();
  return envelope;
}

/** Reads that must keep working whatever the hostile calls stored. */
async function expectReadsHealthy(after: string): Promise<void> {
  const reads: [ChannelName, unknown][] = [
    ['agencies:list', { includeArchived: true }],
    ['agencies:matrix', {}],
    ['focalPoints:list', { includeEnded: true }],
    ['bodies:list', {}],
    ['workspace:getSettings', {}],
    ['audit:list', { limit: 1000 }],
    ['audit:verify', {}],
  ];
  for (const [channel, input] of reads) {
    const envelope = await t.core.dispatch(channel, input);
    if (!envelope.ok) {
      expect.fail(`${channel} failed with ${envelope.error.code} after ${after}`);
    }
    if (channel === 'audit:verify') {
      expect((envelope.result as { ok: boolean }).ok, `audit chain after ${after}`).toBe(true);
    }
  }
  const db = rawConnection(t.core.workspace.dataSource());
  expect(db.pragma('foreign_key_check'), `foreign keys after ${after}`).toEqual([]);
}

/** Every record must still open on its own (detail views validate more fields than lists). */
async function expectEveryRecordReadable(): Promise<void> {
  const db = rawConnection(t.core.workspace.dataSource());
  for (const { id } of db.prepare('SELECT id FROM agencies').all() as { id: string }[]) {
    const envelope = await t.core.dispatch('agencies:get', { id });
    expect(envelope.ok, `agencies:get ${id}`).toBe(true);
  }
  for (const { id } of db.prepare('SELECT id FROM bodies').all() as { id: string }[]) {
    const envelope = await t.core.dispatch('bodies:get', { id });
    expect(envelope.ok, `bodies:get ${id}`).toBe(true);
  }
}

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
  if (mode === 'invalid') return invalidInput(channel, schema, pools);
  const base = nearValidInput(channel, schema, pools);
  if (channel !== 'agencies:importPreview' && channel !== 'agencies:importCommit') return base;
  // A file with its own name and the mapping its preview suggested, half of the time.
  return fc
    .tuple(base, fc.option(fc.constantFrom(...files), { freq: 2 }), fc.boolean())
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
// A workspace with some of everything

async function seed(): Promise<void> {
  await t.call('workspace:create', {
    path: 'hostile',
    passphrase: STRONG_PASSPHRASE,
    passphraseConfirm: STRONG_PASSPHRASE,
    settings: { taskForceName: 'Hostile Input Task Force', country: 'GH' },
  });
  const ministry = await t.call('agencies:create', {
    name: 'Ministry of the Interior',
    acronym: 'MOI',
    kind: 'ministry',
    pillarRoles: { prevention: 'lead', partnership: 'support' },
  });
  const police = await t.call('agencies:create', {
    name: 'Ghana Police Service',
    acronym: 'GPS',
    kind: 'law_enforcement',
    pillarRoles: { prosecution: 'lead' },
  });
  const shelter = await t.call('agencies:create', {
    name: 'Hope Shelter Ghana',
    kind: 'ngo',
    membershipStatus: 'observer',
  });
  const archived = await t.call('agencies:create', { name: 'Dissolved Unit', kind: 'other' });
  await t.call('agencies:archive', { id: archived.id, archived: true });
  const free = await t.call('agencies:create', { name: 'École Nationale', kind: 'education' });
  const primary = await t.call('focalPoints:create', {
    agencyId: police.id,
    name: 'Kwame Addo',
    email: 'kwame@example.org',
    phone: '+233 30 266 4611',
    languages: ['en', 'fr'],
    startDate: '2024-01-01',
  });
  const successor = await t.call('focalPoints:create', {
    agencyId: police.id,
    name: 'Efua Owusu',
    startDate: '2025-03-01',
    replacesId: primary.id,
  });
  const alternate = await t.call('focalPoints:create', {
    agencyId: ministry.id,
    name: 'Yaw Mensah',
    role: 'alternate',
  });
  const body = await t.call('bodies:create', {
    name: 'National Task Force',
    kind: 'national_task_force',
    chairAgencyId: ministry.id,
    secretariatAgencyId: police.id,
    memberAgencyIds: [ministry.id, police.id, shelter.id],
    quorum: { kind: 'fixed', count: 2 },
  });
  pools = {
    agencyIds: [ministry.id, police.id, shelter.id, archived.id, free.id],
    focalPointIds: [primary.id, successor.id, alternate.id],
    bodyIds: [body.id],
    names: ['Ministry of the Interior', 'Ghana Police Service', 'École Nationale', 'MOI'],
    files,
    paths: {},
  };
}

/** Paths for the fields the core writes through, all inside the sandbox (the cwd). */
async function sandboxPaths(): Promise<Pools['paths']> {
  const inSandbox = (...parts: string[]) => path.join(sandbox, ...parts);
  fs.writeFileSync(inSandbox('file.txt'), 'x');
  fs.writeFileSync(inSandbox('empty.bin'), '');
  fs.writeFileSync(inSandbox('random.bin'), Buffer.alloc(4096, 0x5c));
  fs.mkdirSync(inSandbox('dir'));
  const made = await t.call('backup:now', { folder: inSandbox('seed-backups') });
  const backup = inSandbox('kept.coordina-backup'); // outside any rotation
  fs.copyFileSync(made.backup.path, backup);
  const unusable = [inSandbox('file.txt'), inSandbox('nul\0dir'), inSandbox('n'.repeat(300))];
  return {
    folder: [inSandbox('backups-a'), inSandbox('dir'), 'relative-backups', ...unusable],
    backupFolder: ['', inSandbox('backups-b'), inSandbox('file.txt'), 'relative', '~/x'],
    workspacePath: [workspaceFile, 'hostile', 'missing', 'a/b', inSandbox('dir')],
    backupPath: [
      backup,
      made.backup.path,
      inSandbox('random.bin'),
      inSandbox('dir'),
      inSandbox('missing.coordina-backup'),
      inSandbox('nul\0.coordina-backup'),
    ],
    targetPath: [
      inSandbox('restored-1.coordina'),
      inSandbox('restored-2.coordina'),
      'restored-relative',
      'hostile',
      inSandbox('dir'),
      inSandbox('no-such-folder', 'x.coordina'),
      inSandbox('nul\0.coordina'),
      'n'.repeat(300),
      'a/b',
    ],
  };
}

beforeAll(async () => {
  t = startTestCore();
  decoyDir = makeTempDir('coordina-decoys-');
  sandbox = makeTempDir('coordina-hostile-cwd-');
  originalCwd = process.cwd();
  process.chdir(sandbox);
  files = await importFiles();
  await seed();
  workspaceFile = t.core.workspace.status().path!;
  pools.paths = await sandboxPaths();
  for (const file of files) {
    const preview = await t.core.dispatch('agencies:importPreview', file);
    if (preview.ok) file.mapping = (preview.result as { mapping: ImportMapping }).mapping;
  }
  // Files a malformed open or create must leave alone.
  fs.writeFileSync(path.join(decoyDir, 'notes.txt'), 'precious user document\n'.repeat(64));
  fs.writeFileSync(path.join(decoyDir, 'random.bin'), Buffer.alloc(4096, 0xa7));
  fs.writeFileSync(path.join(decoyDir, 'empty.coordina'), '');
  fs.writeFileSync(
    path.join(decoyDir, 'plain.sqlite'),
    Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]),
  );
  fs.mkdirSync(path.join(decoyDir, 'folder.coordina'));
  fs.copyFileSync(workspaceFile, path.join(decoyDir, 'copy.coordina'));
});

afterAll(async () => {
  if (originalCwd) process.chdir(originalCwd);
  await t?.cleanup();
  for (const dir of [decoyDir, sandbox]) if (dir) removeDir(dir);
});

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
    });

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

// ---------------------------------------------------------------------------------------------
// The six channels that change the session: only inputs that cannot succeed

/** Passphrases long enough for the schema that zxcvbn scores as weak (checked below). */
const WEAK_PASSPHRASES = ['password1234', 'aaaaaaaaaaaa', '123456789012', 'qwertyuiopas'];

/** Malformed for the schema: built broken, or anything the schema turns down. */
function malformed(channel: SessionChannel): fc.Arbitrary<unknown> {
  const schema = contract[channel].input;
  return fc.oneof(
    invalidInput(channel, schema, pools),
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
      const strength = await t.call('workspace:passphraseStrength', { passphrase });
      expect(strength.acceptable, passphrase).toBe(false);
    }
  });

  it.each(['workspace:lock', 'workspace:close', 'workspace:unlock'] as const)(
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

  it('workspace:open refuses malformed paths, foreign files and wrong passphrases, staying on the open workspace', async () => {
    const decoy = (name: string) => path.join(decoyDir, name);
    // copy.coordina is a real workspace: it may only be tried with a wrong passphrase.
    const unopenable = [
      decoy('notes.txt'),
      decoy('random.bin'),
      decoy('empty.coordina'),
      decoy('plain.sqlite'),
      decoy('folder.coordina'),
      decoy('missing.coordina'),
      decoyDir,
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
          path: fc.constantFrom(workspaceFile, decoy('copy.coordina'), 'hostile'),
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

  it('workspace:create refuses existing files, missing folders, weak or mismatched passphrases, creating nothing', async () => {
    const strong = fc.constantFrom(STRONG_PASSPHRASE, OTHER_STRONG_PASSPHRASE);
    const settings = fc.record({
      taskForceName: fc.oneof(fc.constant('New Task Force'), someText),
    });
    // Fresh names fail on the passphrase; names of existing things fail before it.
    const freshPath = fc.oneof(
      fc.constantFrom('fresh', path.join(decoyDir, 'fresh.coordina')),
      someText.filter((p) => !p.includes('\0') && p.length < 100),
    );
    const existing = fc.constantFrom(
      'hostile',
      'hostile.coordina',
      workspaceFile,
      path.join(decoyDir, 'notes.txt'),
      path.join(decoyDir, 'folder.coordina'),
      path.join(decoyDir, 'copy.coordina'),
      decoyDir,
      '/dev/null',
    );
    const unusable = fc.constantFrom(
      path.join(decoyDir, 'no-such-folder', 'x.coordina'),
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
    await t.call('workspace:lock', {});
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expectUnchanged(
      before,
      snapshot(),
      'lock and unlock with the original passphrase',
      BACKUP_FILES,
    );
  });

  it('workspace:unlock of a locked workspace refuses malformed input and wrong passphrases, staying locked', async () => {
    const before = snapshot();
    await t.call('workspace:lock', {});
    const lockedHash = sha256(workspaceFile);
    const lockedFolder = fs.readdirSync(path.dirname(workspaceFile)).sort();
    const wrong = someText
      .filter((p) => p !== STRONG_PASSPHRASE && p.length <= 1024)
      .map((passphrase) => ({ passphrase }));
    const check = async (input: unknown) => {
      const envelope = await dispatch('workspace:unlock', input);
      const call = `workspace:unlock(${describeInput(input)})`;
      if (envelope.ok) expect.fail(`${call} succeeded`);
      else expect(['VALIDATION', 'WRONG_PASSPHRASE'], call).toContain(envelope.error.code);
      expect(t.core.workspace.status()).toEqual({ state: 'locked', path: workspaceFile });
      expect(sha256(workspaceFile)).toBe(lockedHash);
      expect(fs.readdirSync(path.dirname(workspaceFile)).sort()).toEqual(lockedFolder);
    };
    await fc.assert(fc.asyncProperty(malformed('workspace:unlock'), check), {
      numRuns: RUNS.session,
    });
    await fc.assert(fc.asyncProperty(wrong, check), { numRuns: RUNS.passphrase });
    // Every channel that reads or writes the workspace's data answers NO_WORKSPACE while
    // locked (backup:list and backup:restore work on files, open or not).
    const dataChannels = GENERAL_CHANNELS.filter(
      (c) => !c.startsWith('workspace:') && c !== 'backup:list' && c !== 'backup:restore',
    );
    for (const channel of dataChannels) {
      const envelope = await dispatch(channel, {});
      if (!envelope.ok)
        expect(['VALIDATION', 'NO_WORKSPACE'], channel).toContain(envelope.error.code);
      else expect.fail(`${channel} answered while locked`);
    }
    expect(sha256(workspaceFile)).toBe(lockedHash);
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expectUnchanged(before, snapshot(), 'lock, hostile unlocks, unlock', BACKUP_FILES);
  });
});

// ---------------------------------------------------------------------------------------------
// Core bugs these properties found, each fixed and kept as a regression test.

describe('regressions found by these properties', () => {
  it('agencies:update with a patch key set to undefined is not an INTERNAL error', async () => {
    const [id] = pools.agencyIds;
    const envelope = await dispatch('agencies:update', { id, patch: { name: undefined } });
    expect(envelope.ok || envelope.error.code === 'VALIDATION').toBe(true);
  });

  it('workspace:updateSettings with a key set to undefined is not an INTERNAL error', async () => {
    const envelope = await dispatch('workspace:updateSettings', { defaultLanguage: undefined });
    expect(envelope.ok || envelope.error.code === 'VALIDATION').toBe(true);
  });

  it('workspace:create refuses a path with a NUL character (no truncated file)', async () => {
    const before = snapshot();
    const envelope = await dispatch('workspace:create', {
      path: path.join(decoyDir, 'empty.coordina\u0000.txt'),
      passphrase: OTHER_STRONG_PASSPHRASE,
      passphraseConfirm: OTHER_STRONG_PASSPHRASE,
      settings: { taskForceName: 'Truncated' },
    });
    try {
      expect(envelope.ok ? 'ok' : envelope.error.code).toBe('VALIDATION');
      expectUnchanged(before, snapshot(), 'create with a NUL in the path');
    } finally {
      // Go back to the workspace under test, whatever happened.
      if (t.core.workspace.status().path !== workspaceFile) {
        await t.call('workspace:open', { path: workspaceFile, passphrase: STRONG_PASSPHRASE });
      }
    }
  });

  it('workspace:create answers a file name too long for the file system without INTERNAL', async () => {
    const envelope = await dispatch('workspace:create', {
      path: 'n'.repeat(300),
      passphrase: OTHER_STRONG_PASSPHRASE,
      passphraseConfirm: OTHER_STRONG_PASSPHRASE,
      settings: { taskForceName: 'Long Name' },
    });
    expect(envelope.ok ? 'ok' : envelope.error.code).not.toBe('INTERNAL');
  });

  it('backup:now into a folder that is a file is refused without INTERNAL', async () => {
    const envelope = await dispatch('backup:now', { folder: path.join(sandbox, 'file.txt') });
    expect(envelope.ok ? 'ok' : envelope.error.code).not.toMatch(/^(ok|INTERNAL)$/);
  });

  it('backup:now refuses a relative folder (it would write beside the process cwd)', async () => {
    const before = snapshot();
    const envelope = await dispatch('backup:now', { folder: 'relative-to-cwd' });
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('VALIDATION');
    expectUnchanged(before, snapshot(), 'backup:now into a relative folder');
  });

  it('backup:list of a folder that is a file is answered without INTERNAL', async () => {
    const envelope = await dispatch('backup:list', { folder: path.join(sandbox, 'file.txt') });
    expect(envelope.ok || envelope.error.code !== 'INTERNAL').toBe(true);
  });

  it('backup:restore into a folder that does not exist is refused without INTERNAL', async () => {
    const envelope = await dispatch('backup:restore', {
      backupPath: path.join(sandbox, 'kept.coordina-backup'),
      targetPath: path.join(sandbox, 'no-such-folder', 'x.coordina'),
      passphrase: STRONG_PASSPHRASE,
    });
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('FILE_MISSING');
  });

  it('backup:restore refuses a target path with a NUL character (no truncated file)', async () => {
    const before = snapshot();
    const envelope = await dispatch('backup:restore', {
      backupPath: path.join(sandbox, 'kept.coordina-backup'),
      targetPath: path.join(sandbox, 'cut\u0000.coordina'),
      passphrase: STRONG_PASSPHRASE,
    });
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('VALIDATION');
    expectUnchanged(before, snapshot(), 'restore to a path with a NUL');
  });

  it('backup:restore refuses an empty file: it is not a backup of a workspace', async () => {
    const before = snapshot();
    const envelope = await dispatch('backup:restore', {
      backupPath: path.join(sandbox, 'empty.bin'),
      targetPath: path.join(sandbox, 'from-empty.coordina'),
      passphrase: STRONG_PASSPHRASE,
    });
    expect(envelope.ok).toBe(false);
    expectUnchanged(before, snapshot(), 'restore of an empty file');
  });

  (process.platform === 'win32' ? it.skip : it)(
    'workspace:updateSettings refuses a Windows drive path as backup folder where it is not absolute',
    async () => {
      const before = snapshot();
      const envelope = await dispatch('workspace:updateSettings', { backupFolder: 'C:\\Backups' });
      expect(envelope.ok ? 'ok' : envelope.error.code).toBe('VALIDATION');
      expectUnchanged(before, snapshot(), 'a Windows path as backup folder');
    },
  );
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
    const db = rawConnection(t.core.workspace.dataSource());
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
