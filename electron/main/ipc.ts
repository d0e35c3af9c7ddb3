/**
 * Registers every contract channel on ipcMain.handle. A call from a frame that is not the
 * app's own is refused with FORBIDDEN before it reaches the core.
 */
import type { RpcEnvelope } from '../../shared/errors';
import type { CoreClient } from './coreClient';

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>,
  ): void;
}

export const EVENT_CHANNEL = 'coordina:event';

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  core: Pick<CoreClient, 'channels' | 'dispatch'>,
  isTrustedUrl: (url: string) => boolean,
): void {
  for (const channel of core.channels) {
    ipcMain.handle(channel, async (event, input): Promise<RpcEnvelope<unknown>> => {
      const url = event.senderFrame?.url;
      if (!url || !isTrustedUrl(url)) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Request from an untrusted frame.' },
        };
      }
      return core.dispatch(channel, input);
    });
  }
}
