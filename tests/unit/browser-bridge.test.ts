/**
 * The browser host's bridge (window.coordina over HTTP) never lets a page read data whose
 * change event went to nobody: the event stream opens with the page, calls wait until it is
 * open, and an event that arrives before anyone listens is handed to the first listener.
 * (Without this, a write made while the stream was still connecting left a dashboard count
 * stale until the next change.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installCoordinaBridge } from '../../electron/host/bridge';

interface Bridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

interface Fake {
  bridge: Bridge;
  requests: string[];
  /** Answers GET /events: the stream opens (or fails with `status`). */
  openStream(status?: number): void;
  /** Sends one server-sent event on the open stream. */
  send(event: string, payload: unknown): void;
}

function fakeHost(): Fake {
  const requests: string[] = [];
  const storage = new Map<string, string>();
  const fakeWindow = {
    location: { search: '?token=t0ken', pathname: '/', hash: '' },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    },
    history: { replaceState: () => undefined },
    // No timers: no reconnect loop outliving the test (and no 3 s fallback to wait for).
    setTimeout: () => 0,
  };
  vi.stubGlobal('window', fakeWindow);
  let answerEvents: (response: Response) => void = () => undefined;
  let push: (text: string) => void = () => undefined;
  vi.stubGlobal('fetch', (url: string) => {
    requests.push(url);
    if (url === '/events') {
      return new Promise<Response>((resolve) => {
        answerEvents = resolve;
      });
    }
    return Promise.resolve(
      new Response(JSON.stringify({ ok: true, result: url }), { status: 200 }),
    );
  });
  installCoordinaBridge();
  const encoder = new TextEncoder();
  return {
    bridge: (fakeWindow as unknown as { coordina: Bridge }).coordina,
    requests,
    openStream(status = 200) {
      if (status !== 200) return answerEvents(new Response('no', { status }));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          push = (text) => controller.enqueue(encoder.encode(text));
          push(': connected\n\n');
        },
      });
      answerEvents(new Response(body, { status: 200 }));
    },
    send(event, payload) {
      push(`data: ${JSON.stringify({ event, payload })}\n\n`);
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browser host bridge', () => {
  it('opens the event stream with the page and holds calls until it is open', async () => {
    const host = fakeHost();
    expect(host.requests).toEqual(['/events']);
    const answer = host.bridge.invoke('dashboard:summary', {});
    await tick();
    expect(host.requests).toEqual(['/events']);
    host.openStream();
    await expect(answer).resolves.toEqual({ ok: true, result: '/rpc/dashboard%3Asummary' });
    expect(host.requests).toEqual(['/events', '/rpc/dashboard%3Asummary']);
  });

  it('hands an event that came before any listener to the first one, once', async () => {
    const host = fakeHost();
    host.openStream();
    await tick();
    host.send('data:changed', { topics: ['actions'] });
    await tick();
    const first = vi.fn();
    const second = vi.fn();
    host.bridge.on('data:changed', first);
    host.bridge.on('data:changed', second);
    expect(first).toHaveBeenCalledWith({ topics: ['actions'] });
    expect(second).not.toHaveBeenCalled();
    host.send('data:changed', { topics: ['agencies'] });
    await tick();
    expect(first).toHaveBeenLastCalledWith({ topics: ['agencies'] });
    expect(second).toHaveBeenCalledWith({ topics: ['agencies'] });
  });

  it('still answers calls when the host has no event stream', async () => {
    const host = fakeHost();
    host.openStream(500);
    await expect(host.bridge.invoke('workspace:status', {})).resolves.toEqual({
      ok: true,
      result: '/rpc/workspace%3Astatus',
    });
  });
});
