/// <reference lib="dom" />
/**
 * window.coordina for a page served by the browser host: the same invoke/on surface as
 * Electron's preload, carried over HTTP (POST /rpc/<channel>) and a fetch-streamed
 * server-sent-events feed (GET /events). The function is serialised with toString() and
 * served as /coordina-bridge.js, so it must not reference anything outside its body.
 */
export function installCoordinaBridge(): void {
  const TOKEN_KEY = 'coordina.hostToken';
  const params = new URLSearchParams(window.location.search);
  let token = params.get('token');
  if (token) {
    window.sessionStorage.setItem(TOKEN_KEY, token);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    );
  } else {
    token = window.sessionStorage.getItem(TOKEN_KEY);
  }
  const authHeaders = (): Record<string, string> => ({
    'Content-Type': 'application/json',
    Authorization: `Bearer ${token ?? ''}`,
  });

  async function invoke(channel: string, input: unknown): Promise<unknown> {
    try {
      const response = await fetch(`/rpc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: authHeaders(),
        body: JSON.stringify(input ?? null),
      });
      if (response.status === 401) {
        return {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'Open Coordina with the link printed by the host.' },
        };
      }
      return await response.json();
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'The Coordina host is not reachable.' },
      };
    }
  }

  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  let streaming = false;

  function deliver(block: string): void {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6))
      .join('\n');
    if (!data) return;
    const message = JSON.parse(data) as { event: string; payload: unknown };
    listeners.get(message.event)?.forEach((listener) => listener(message.payload));
  }

  async function stream(): Promise<void> {
    streaming = true;
    try {
      const response = await fetch('/events', { headers: authHeaders() });
      if (!response.ok || !response.body) throw new Error('no event stream');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          deliver(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // fall through to a reconnect
    }
    streaming = false;
    window.setTimeout(() => {
      if (!streaming && listeners.size > 0) void stream();
    }, 1000);
  }

  function on(event: string, listener: Listener): () => void {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    if (!streaming) void stream();
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(event);
    };
  }

  Object.defineProperty(window, 'coordina', {
    value: Object.freeze({ invoke, on }),
    writable: false,
    configurable: false,
  });
}

export const BRIDGE_SCRIPT = `(${installCoordinaBridge.toString()})();\n`;
