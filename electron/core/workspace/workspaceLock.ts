/**
 * Exclusive use of a workspace file, keyed on the file itself, not on the text of its path:
 * - a `<real path>.lock` beside the file's real path (symlinks and, where the platform
 *   canonicalises case, case aliases all meet it; it also works across machines on a shared
 *   drive), and
 * - an identity lock named by the file's device and inode in a per-user folder of this
 *   machine, which every hard link of the file meets.
 * Each names its owner (host, user, process, since) and is refreshed by a heartbeat. Lock files
 * appear complete (written aside, then linked or renamed into place): a reader never sees an
 * empty one, and an unreadable lock counts as live until its file is older than the stale
 * limit. A lock whose process is gone (same host) or whose heartbeat stopped (another host) is
 * taken over. Holds no workspace content.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DomainError } from '../../../shared/errors';
import { PRIVATE_FILE_MODE, ensurePrivateFolder, writePrivateFileAtomic } from './privateFiles';

export const HEARTBEAT_MS = 30_000;
/** A lock from another machine whose heartbeat is older than this is considered abandoned. */
export const STALE_AFTER_MS = 3 * HEARTBEAT_MS;

const IDENTITY_FOLDER_PREFIX = 'coordina-locks-';

export interface LockOwner {
  app: 'coordina';
  host: string;
  user: string;
  pid: number;
  since: string;
  heartbeatAt: string;
}

/** The file's canonical path (symlinks resolved, case as stored where the OS folds it). */
export function realPathOf(workspacePath: string): string {
  try {
    return fs.realpathSync.native(workspacePath);
  } catch {
    return path.resolve(workspacePath);
  }
}

export function lockPathFor(workspacePath: string): string {
  return `${realPathOf(workspacePath)}.lock`;
}

function userKey(): string {
  if (typeof process.getuid === 'function') return String(process.getuid());
  try {
    return os.userInfo().username.replace(/[^\w.-]/g, '_');
  } catch {
    return 'user';
  }
}

/** Device + inode of the file, or null where the file is missing or the platform has none. */
export function fileIdentity(workspacePath: string): string | null {
  try {
    const st = fs.statSync(workspacePath, { bigint: true });
    return st.ino === 0n ? null : `${st.dev}-${st.ino}`;
  } catch {
    return null;
  }
}

export function identityLockPathFor(workspacePath: string): string | null {
  const identity = fileIdentity(workspacePath);
  if (!identity) return null;
  return path.join(os.tmpdir(), `${IDENTITY_FOLDER_PREFIX}${userKey()}`, `${identity}.lock`);
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.host !== 'string' || typeof parsed.pid !== 'number') return null;
    return parsed as LockOwner;
  } catch {
    return null;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ageMs(lockPath: string, now: Date): number {
  try {
    return now.getTime() - fs.statSync(lockPath).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY; // gone meanwhile
  }
}

function isStale(lockPath: string, owner: LockOwner | null, now: Date): boolean {
  // Unreadable (being written by an older version, or foreign content): live while recent.
  if (!owner) return ageMs(lockPath, now) > STALE_AFTER_MS;
  if (owner.host === os.hostname()) return owner.pid !== process.pid && !processAlive(owner.pid);
  return now.getTime() - Date.parse(owner.heartbeatAt) > STALE_AFTER_MS;
}

function isOurProcess(owner: LockOwner | null): boolean {
  return owner !== null && owner.pid === process.pid && owner.host === os.hostname();
}

function inUse(owner: LockOwner | null): DomainError {
  if (!owner) {
    return new DomainError('WORKSPACE_IN_USE', 'This workspace is being opened elsewhere.');
  }
  return new DomainError(
    'WORKSPACE_IN_USE',
    `This workspace is open on ${owner.host} (${owner.user}) since ${owner.since}.`,
    { host: owner.host, user: owner.user, since: owner.since },
  );
}

function lockFilesOf(workspacePath: string): string[] {
  const identityLock = identityLockPathFor(workspacePath);
  return identityLock ? [lockPathFor(workspacePath), identityLock] : [lockPathFor(workspacePath)];
}

/** Throws WORKSPACE_IN_USE when a live owner holds the file under any of its names; reads only. */
export function assertNotInUse(workspacePath: string, now: Date): void {
  for (const lockPath of lockFilesOf(workspacePath)) {
    if (!fs.existsSync(lockPath)) continue;
    const owner = readOwner(lockPath);
    // Our own process counts too: another session of it (a second window's core) holds it.
    if (!isStale(lockPath, owner, now)) throw inUse(owner);
  }
}

/** Puts a complete lock file in place, failing with EEXIST when one is there. */
function placeLockFile(lockPath: string, content: string): void {
  const aside = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}.new`;
  fs.writeFileSync(aside, content, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  try {
    fs.linkSync(aside, lockPath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw error;
    // File systems without hard links (FAT, some network shares): an exclusive create.
    fs.writeFileSync(lockPath, content, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

export class WorkspaceLock {
  private timer: NodeJS.Timeout | null = null;
  private owner: LockOwner;
  private files: string[] = [];

  private constructor(now: Date) {
    const at = now.toISOString();
    let user = 'unknown';
    try {
      user = os.userInfo().username;
    } catch {
      // keep "unknown"
    }
    this.owner = {
      app: 'coordina',
      host: os.hostname(),
      user,
      pid: process.pid,
      since: at,
      heartbeatAt: at,
    };
  }

  /** Takes the lock under every name of the file (taking over stale ones) or throws WORKSPACE_IN_USE. */
  static acquire(workspacePath: string, now: () => Date): WorkspaceLock {
    const lock = new WorkspaceLock(now());
    try {
      for (const lockPath of lockFilesOf(workspacePath)) lock.take(lockPath, now);
    } catch (error) {
      lock.release();
      throw error;
    }
    lock.timer = setInterval(() => lock.beat(now()), HEARTBEAT_MS);
    lock.timer.unref();
    return lock;
  }

  /** True when this lock holds the file at `workspacePath` (whatever name it is given by). */
  covers(workspacePath: string): boolean {
    const wanted = lockFilesOf(workspacePath);
    return wanted.every((file) => this.files.includes(file));
  }

  /**
   * After the file was replaced by a new one under the same name (passphrase change): the
   * identity lock follows the new file. The path lock, held throughout, stays.
   */
  follow(workspacePath: string, now: () => Date): void {
    for (const lockPath of lockFilesOf(workspacePath)) {
      if (!this.files.includes(lockPath)) this.take(lockPath, now);
    }
    const keep = new Set(lockFilesOf(workspacePath));
    for (const file of this.files.filter((f) => !keep.has(f))) this.drop(file);
    this.files = this.files.filter((f) => keep.has(f));
  }

  private take(lockPath: string, now: () => Date): void {
    // The per-user folder of identity locks is Coordina's own; the workspace's folder is not.
    if (path.basename(path.dirname(lockPath)).startsWith(IDENTITY_FOLDER_PREFIX)) {
      ensurePrivateFolder(path.dirname(lockPath));
    }
    const content = JSON.stringify(this.owner);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        placeLockFile(lockPath, content);
        this.files.push(lockPath);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = readOwner(lockPath);
        if (!isStale(lockPath, owner, now())) throw inUse(owner);
        fs.rmSync(lockPath, { force: true }); // stale: take it over
      }
    }
    throw inUse(readOwner(lockPath));
  }

  /** @internal exposed for tests: one heartbeat now. */
  beat(at: Date): void {
    this.owner = { ...this.owner, heartbeatAt: at.toISOString() };
    for (const lockPath of this.files) {
      const current = readOwner(lockPath);
      if (current && !isOurProcess(current)) continue; // taken over: leave it
      try {
        writePrivateFileAtomic(lockPath, JSON.stringify(this.owner));
      } catch {
        // a missed beat only makes the lock look older
      }
    }
  }

  release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const lockPath of this.files) this.drop(lockPath);
    this.files = [];
  }

  private drop(lockPath: string): void {
    const current = readOwner(lockPath);
    if (current && current.pid === this.owner.pid && current.host === this.owner.host) {
      fs.rmSync(lockPath, { force: true });
    }
  }
}
