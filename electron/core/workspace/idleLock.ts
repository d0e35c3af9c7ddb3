/**
 * Auto-lock in the core: whatever the renderer does (tab closed, window hung), a workspace
 * left without calls for `autoLockMinutes` is locked — the database closed, its key gone from
 * memory. The renderer's own inactivity timer stays for the screen; this one is the guarantee.
 */
export interface IdleLockDeps {
  now: () => Date;
  /** Minutes of inactivity before locking (0: never), read from the open workspace. */
  minutes: () => number | null;
  lock: () => Promise<unknown>;
  /** How often idleness is checked (default 15 s). */
  checkEveryMs?: number;
}

export class IdleLock {
  private lastActivity: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: IdleLockDeps) {
    this.lastActivity = deps.now().getTime();
  }

  /** A call that a person made (not a status poll). */
  touch(): void {
    this.lastActivity = this.deps.now().getTime();
  }

  start(): void {
    this.touch();
    if (this.timer) return;
    this.timer = setInterval(() => void this.check(), this.deps.checkEveryMs ?? 15_000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Locks when the workspace has been idle long enough; true when it did. */
  async check(): Promise<boolean> {
    const minutes = this.deps.minutes();
    if (!minutes) return false;
    if (this.deps.now().getTime() - this.lastActivity < minutes * 60_000) return false;
    try {
      await this.deps.lock();
    } catch {
      console.error('[coordina] automatic lock failed');
      return false;
    }
    return true;
  }
}
