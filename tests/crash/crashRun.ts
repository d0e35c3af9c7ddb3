/**
 * Crash-safety rounds (issue 7). Each round starts the built browser host (a child process
 * running the real core), opens one workspace and keeps it busy with a stream of writes over
 * HTTP — two requests in flight, so the core always has a transaction going — then SIGKILLs
 * it after a random delay. A write counts as acknowledged when its HTTP response (sent only
 * after the transaction committed) reaches this process; writes still in flight at the kill
 * have an unknown outcome.
 *
 * After each kill the workspace is opened in this process with the real core and checked:
 * it opens (with the expected passphrase — either one only while a change was in flight),
 * `integrity_check` is ok, foreign keys hold, the audit chain verifies, the search index
 * equals a full rebuild of it, and it holds exactly
 * what the model says (crashChecks.ts). The model carries over: the next round starts from
 * the recovered file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createCore } from '../../electron/core';
import { rawConnection } from '../../electron/core/db/dataSource';
import { rekeyCopyPath } from '../../electron/core/workspace/rekeyedCopy';
import { rpcCall, startHostProcess, type RunningHost } from '../fixtures/hostProcess';
import { writableConnection } from '../fixtures/core';
import { makeTempDir, removeDir } from '../fixtures/tempDir';
import { searchIndexDrift } from '../../electron/core/search/searchIndex';
import { checkModel } from './crashChecks';
import { CrashState, PASSPHRASES, WORKSPACE, type CrashReport, type Write } from './crashModel';
import { nextWrite } from './crashWrites';

const IN_FLIGHT = 2;
const PLAIN_SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface CrashOptions {
  rounds: number;
  /** Longest random delay before the kill, from the start of the write stream. */
  maxKillDelayMs?: number;
  /**
   * Every n-th round starts with a passphrase change (key derivations, a re-encrypted copy,
   * the swap); 0: never.
   */
  passphraseEvery?: number;
  log?: (line: string) => void;
}

export function workspaceFile(dataDir: string): string {
  return path.join(dataDir, 'workspaces', `${WORKSPACE}.coordina`);
}

/** A copy left by an interrupted passphrase change must never hold plaintext. */
export function leftoverRekeyCopyProblem(dataDir: string): string | null {
  const copy = rekeyCopyPath(workspaceFile(dataDir));
  if (!fs.existsSync(copy)) return null;
  const head = fs.readFileSync(copy).subarray(0, PLAIN_SQLITE_HEADER.length);
  return head.equals(PLAIN_SQLITE_HEADER)
    ? 'the copy left by an interrupted passphrase change is plaintext SQLite'
    : null;
}

class CrashRun {
  readonly dataDir = makeTempDir('coordina-crash-');
  private readonly state = new CrashState();

  constructor(private readonly options: CrashOptions) {}

  async run(): Promise<CrashReport> {
    const { state } = this;
    for (state.round = 0; state.round < this.options.rounds; state.round++) {
      const delay = await this.crashRound();
      state.report.killDelaysMs.push(delay);
      await this.verify();
      state.report.rounds++;
      this.options.log?.(
        `round ${state.round}: killed after ${delay} ms; ${state.writes.length} writes so far`,
      );
    }
    return state.report;
  }

  cleanup(): void {
    removeDir(this.dataDir);
  }

  private passphraseRound(): boolean {
    const every = this.options.passphraseEvery ?? 0;
    return every > 0 && this.state.round % every === every - 1;
  }

  // -------------------------------------------------------------------------------------------
  // The child: start, open, write until killed

  private async crashRound(): Promise<number> {
    const host = await startHostProcess(this.dataDir);
    try {
      await this.openInHost(host);
      // A passphrase change takes about a second (several key derivations): those rounds give
      // it time to finish, or not.
      const maxDelay = (this.options.maxKillDelayMs ?? 300) * (this.passphraseRound() ? 8 : 1);
      const delay = Math.floor(Math.random() * maxDelay);
      const exited = new Promise<void>((resolve) => host.child.once('exit', () => resolve()));
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        host.child.kill('SIGKILL');
      }, delay);
      const inFlight = new Set<Promise<void>>();
      while (!killed) {
        while (inFlight.size < IN_FLIGHT && !killed) {
          const sent = this.send(host, nextWrite(this.state, this.passphraseRound()));
          inFlight.add(sent);
          const done = () => void inFlight.delete(sent);
          sent.then(done, done);
        }
        await Promise.race(inFlight);
      }
      clearTimeout(timer);
      await exited;
      await Promise.allSettled([...inFlight]);
      return delay;
    } finally {
      if (host.child.exitCode === null && host.child.signalCode === null) {
        host.child.kill('SIGKILL');
      }
    }
  }

  private async openInHost(host: RunningHost): Promise<void> {
    const passphrase = PASSPHRASES[this.state.passphrase]!;
    const { body } =
      this.state.round === 0
        ? await rpcCall(host, 'workspace:create', {
            path: WORKSPACE,
            passphrase,
            passphraseConfirm: passphrase,
            settings: { taskForceName: 'Crash Test Task Force' },
          })
        : await rpcCall(host, 'workspace:open', { path: WORKSPACE, passphrase });
    if (body.ok !== true) {
      throw new Error(
        `round ${this.state.round}: the host could not open the workspace: ${JSON.stringify(body)}`,
      );
    }
  }

  private async send(host: RunningHost, write: Write): Promise<void> {
    this.state.writes.push(write);
    this.state.report.writes++;
    this.state.report.byKind[write.kind] = (this.state.report.byKind[write.kind] ?? 0) + 1;
    let body: Record<string, unknown>;
    try {
      ({ body } = await rpcCall(host, write.channel, write.input));
    } catch {
      write.outcome = 'unknown'; // the connection died with the child
      return;
    }
    if (body.ok !== true) {
      throw new Error(
        `write ${write.seq} (${write.channel}) was refused: ${JSON.stringify(body)}; the harness only sends valid writes`,
      );
    }
    write.outcome = 'acked';
    write.present = true;
    this.state.report.acked++;
    this.state.settle(write, body.result as { id?: string });
  }

  // -------------------------------------------------------------------------------------------
  // After the kill

  private async verify(): Promise<void> {
    const problems: string[] = [];
    const internal: string[] = [];
    const core = createCore({
      dataDir: this.dataDir,
      actor: 'crash verifier',
      onInternalError: (channel, error) => internal.push(`${channel}: ${String(error)}`),
    });
    const leftover = leftoverRekeyCopyProblem(this.dataDir);
    if (leftover) problems.push(leftover);
    try {
      const opened = await this.openInCore(core);
      if (!opened) {
        throw new Error(
          `round ${this.state.round}: the workspace does not open after the kill with either passphrase (${internal.join('; ')})\n${this.state.describeRound(this.dataDir)}`,
        );
      }
      if (fs.existsSync(rekeyCopyPath(workspaceFile(this.dataDir)))) {
        problems.push('the copy of an interrupted passphrase change is still there after open');
      }
      const db = rawConnection(core.workspace.dataSource());
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
      const fk = db.pragma('foreign_key_check') as unknown[];
      if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
      const chain = await core.dispatch('audit:verify', {});
      if (!chain.ok || (chain.result as { ok: boolean }).ok !== true) {
        problems.push(`audit:verify: ${JSON.stringify(chain)}`);
      }
      problems.push(...checkModel(this.state, db));
      // The full-text index is written by triggers in the same transactions: never behind.
      // (its FTS check is an INSERT: the read guard that audit:verify left on is lifted)
      problems.push(...searchIndexDrift(writableConnection(core)).map((p) => `search index: ${p}`));
    } finally {
      await core.dispose();
    }
    if (problems.length > 0) {
      throw new Error(
        `round ${this.state.round}: the workspace after the kill is not what the acknowledged writes say:\n  - ${problems.join('\n  - ')}\n${this.state.describeRound(this.dataDir)}`,
      );
    }
  }

  /** Opens with the expected passphrase; after an unacknowledged change, with either. */
  private async openInCore(core: ReturnType<typeof createCore>): Promise<boolean> {
    const pending = this.state.pendingPassphraseChange();
    // Either passphrase only while a change was in flight at the kill; else exactly the one
    // the acknowledged writes left.
    const candidates = pending ? [pending.from, pending.to] : [this.state.passphrase];
    for (const index of candidates) {
      const opened = await core.dispatch('workspace:open', {
        path: WORKSPACE,
        passphrase: PASSPHRASES[index],
      });
      if (opened.ok) {
        if (pending) this.state.resolve(pending, index === pending.to);
        return true;
      }
      if (opened.error.code !== 'WRONG_PASSPHRASE') return false;
    }
    return false;
  }
}

/**
 * Runs the rounds. On failure the workspace folder is kept for inspection (its path is in
 * the error); on success it is removed.
 */
export async function runCrashRounds(options: CrashOptions): Promise<CrashReport> {
  const run = new CrashRun(options);
  const report = await run.run();
  run.cleanup();
  return report;
}

export function crashRoundsFromEnv(fallback: number): number {
  const raw = process.env.COORDINA_CRASH_ROUNDS;
  const rounds = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`COORDINA_CRASH_ROUNDS must be a positive integer, not "${raw}"`);
  }
  return rounds;
}
