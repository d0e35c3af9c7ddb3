/** Core → UI events (relayed by each host: IPC in Electron, a stream in the browser host). */
import { EventEmitter } from 'node:events';
import type { EventName } from '../../shared/contract';

export type CoreEventListener = (event: EventName, payload: unknown) => void;

export class CoreEvents {
  private readonly emitter = new EventEmitter();

  emit(event: EventName, payload: unknown): void {
    this.emitter.emit('event', event, payload);
  }

  subscribe(listener: CoreEventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
