/**
 * Runs document builds off the main event loop when a worker script is available (the built
 * app and the browser host pass out/main/exportWorker.js), else in-process (tests, which run
 * the TypeScript sources). One worker, started on first use, builds the jobs one at a time.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { BuildProgress } from './buildProgress';
import { runBuilder, type BuilderArgs, type BuilderName } from './builders';
import type { WorkerReply, WorkerRequest } from './exportWorker';

export interface BuilderRunner {
  build<K extends BuilderName>(
    name: K,
    args: BuilderArgs<K>,
    progress?: BuildProgress,
  ): Promise<Buffer>;
  dispose(): Promise<void>;
  /** True when builds run on the worker thread. */
  readonly inWorker: boolean;
}

export function createBuilderRunner(workerScript?: string): BuilderRunner {
  if (!workerScript || !fs.existsSync(workerScript)) {
    return {
      build: (name, args, progress) => runBuilder(name, args, progress),
      dispose: async () => undefined,
      inWorker: false,
    };
  }
  let worker: Worker | null = null;
  /** Set when the worker thread itself failed (not a build): builds then run in-process. */
  let broken = false;
  let nextId = 1;
  const pending = new Map<
    number,
    {
      name: BuilderName;
      args: unknown[];
      resolve: (b: Buffer) => void;
      reject: (e: Error) => void;
      progress?: BuildProgress;
    }
  >();

  const start = (): Worker => {
    const w = new Worker(workerScript);
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      if (reply.type === 'progress') job.progress?.(reply.done, reply.total);
      else {
        pending.delete(reply.id);
        if (reply.type === 'done') job.resolve(Buffer.from(reply.bytes));
        else job.reject(new Error(reply.message));
      }
    });
    // The thread could not start or died: its jobs are built in-process instead, and so are
    // all later ones — an export never fails because of the worker.
    const fail = () => {
      broken = true;
      worker = null;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) {
        runBuilder(job.name, job.args as never, job.progress).then(job.resolve, job.reject);
      }
    };
    w.on('error', fail);
    w.on('exit', fail);
    return w;
  };

  return {
    get inWorker() {
      return !broken;
    },
    build(name, args, progress) {
      if (broken) return runBuilder(name, args, progress);
      worker ??= start();
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        pending.set(id, { name, args, resolve, reject, progress });
        worker!.postMessage({ id, name, args } satisfies WorkerRequest);
      });
    },
    async dispose() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
