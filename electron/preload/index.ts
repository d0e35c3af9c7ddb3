/**
 * The preload exposes exactly window.coordina = { invoke, on } — nothing else of Electron or
 * Node reaches the sandboxed renderer. Main validates channels, inputs and the sender.
 */
import { contextBridge, ipcRenderer } from 'electron';

const CHANNEL_PATTERN = /^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/;
const EVENT_CHANNEL = 'coordina:event';

contextBridge.exposeInMainWorld('coordina', {
  invoke(channel: string, input: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !CHANNEL_PATTERN.test(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'There is no such channel.' },
      });
    }
    return ipcRenderer.invoke(channel, input);
  },
  on(event: string, listener: (payload: unknown) => void): () => void {
    const relay = (_e: unknown, message: { event: string; payload: unknown }) => {
      if (message.event === event) listener(message.payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
});
