/**
 * Serialises access to the workspace's one database connection — reads, writes, session
 * changes (open, lock, close, passphrase change) and the backup timer — without serialising
 * whole calls: a document that builds on the worker after reading its data, a status call or
 * a passphrase-strength check never waits for the database. Re-entrant within one async
 * flow, so a write may call a helper that reads through the same gate.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export class DatabaseGate {
  private tail: Promise<void> = Promise.resolve();
  private readonly holder = new AsyncLocalStorage<DatabaseGate>();

  /** Runs `work` alone on the database, after every earlier caller. */
  run<T>(work: () => Promise<T> | T): Promise<T> {
    if (this.holder.getStore() === this) return Promise.resolve().then(work);
    return this.queue(work);
  }

  /**
   * Like `run`, but never re-entrant: always after every earlier caller. For timers, which
   * inherit the async context of the call that started them (an open, under the gate) and
   * would otherwise pass for its holder and cut into whatever call holds the gate when they fire.
   */
  queue<T>(work: () => Promise<T> | T): Promise<T> {
    const before = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    return before.then(() => this.holder.run(this, work)).finally(release);
  }

  /** True while the current async flow holds the gate. */
  held(): boolean {
    return this.holder.getStore() === this;
  }
}
