/**
 * Exclusive use of a workspace file: a `<file>.lock` beside it, created atomically (O_EXCL),
 * naming its owner (host, user, process, since) and refreshed by a heartbeat. A lock whose
 * process is gone (same host) or whose heartbeat stopped (another host, e.g. a shared drive)
 * is stale and taken over. Holds no workspace content.
 */
import fs from 'node:fs';
import os from 'node:os';
import { DomainError } from '../../../shared/errors';

export const HEARTBEAT_MS = 30_000;
/** A lock from another machine whose heartbeat is older than this is considered abandoned. */
export const STALE_AFTER_MS = 3 * HEARTBEAT_MS;

export interface LockOwner {
  app: 'coordina';
  host: string;
  user: string;
  pid: number;
  since: string;
  heartbeatAt: string;
}

export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`;
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

function isStale(owner: LockOwner | null, now: Date): boolean {
  if (!owner) return true; // unreadable or foreign content: nobody can be holding it properly
  if (owner.host === os.hostname()) return owner.pid !== process.pid && !processAlive(owner.pid);
  return now.getTime() - Date.parse(owner.heartbeatAt) > STALE_AFTER_MS;
}

function inUse(owner: LockOwner): DomainError {
  return new DomainError(
    'WORKSPACE_IN_USE',
    `This workspace is open on ${owner.host} (${owner.user}) since ${owner.since}.`,
    { host: owner.host, user: owner.user, since: owner.since },
  );
}

/** Throws WORKSPACE_IN_USE when a live owner holds the file; reads only. */
export function assertNotInUse(workspacePath: string, now: Date): void {
  const lockPath = lockPathFor(workspacePath);
  if (!fs.existsSync(lockPath)) return;
  const owner = readOwner(lockPath);
  if (owner && owner.pid === process.pid && owner.host === os.hostname()) return;
  if (!isStale(owner, now)) throw inUse(owner!);
}

export class WorkspaceLock {
  private timer: NodeJS.Timeout | null = null;
  private owner: LockOwner;

  private constructor(
    private readonly lockPath: string,
    now: Date,
  ) {
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

  /** Takes the lock (taking over a stale one) or throws WORKSPACE_IN_USE. */
  static acquire(workspacePath: string, now: () => Date): WorkspaceLock {
    const lock = new WorkspaceLock(lockPathFor(workspacePath), now());
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        fs.writeFileSync(lock.lockPath, JSON.stringify(lock.owner), { flag: 'wx' });
        lock.timer = setInterval(() => lock.beat(now()), HEARTBEAT_MS);
        lock.timer.unref();
        return lock;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = readOwner(lock.lockPath);
        if (!isStale(owner, now())) throw inUse(owner!);
        fs.rmSync(lock.lockPath, { force: true }); // stale: take it over
      }
    }
    throw inUse(readOwner(lock.lockPath) ?? lock.owner);
  }

  private beat(at: Date): void {
    if (readOwner(this.lockPath)?.pid !== this.owner.pid) return; // taken over: leave it
    this.owner = { ...this.owner, heartbeatAt: at.toISOString() };
    try {
      fs.writeFileSync(this.lockPath, JSON.stringify(this.owner));
    } catch {
      // a missed beat only makes the lock look older
    }
  }

  release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const current = readOwner(this.lockPath);
    if (current && current.pid === this.owner.pid && current.host === this.owner.host) {
      fs.rmSync(this.lockPath, { force: true });
    }
  }
}
