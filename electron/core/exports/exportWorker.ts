/**
 * Worker-thread entry (bundled as out/main/exportWorker.js): builds one document per message
 * off the main event loop, posting progress, then the bytes (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { runBuilder, type BuilderName } from './builders';

export interface WorkerRequest {
  id: number;
  name: BuilderName;
  args: unknown[];
}

export type WorkerReply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };

parentPort?.on('message', (request: WorkerRequest) => {
  const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) =>
    parentPort?.postMessage(reply, transfer);
  runBuilder(request.name, request.args as never, (done, total) =>
    post({ id: request.id, type: 'progress', done, total }),
  ).then(
    (buffer) => {
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice();
      post({ id: request.id, type: 'done', bytes }, [bytes.buffer]);
    },
    (error: unknown) =>
      post({
        id: request.id,
        type: 'error',
        message: error instanceof Error ? error.message : 'build failed',
      }),
  );
});
