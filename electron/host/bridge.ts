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
    // A call waits for the event stream: what it reads is then either before a change whose
    // event this page will get, or after it — never a change whose event went to nobody.
    await connected;
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
  type Message = { event: string; payload: unknown };
  const listeners = new Map<string, Set<Listener>>();
  /** Events that came before anyone listened to them: handed to the first listener. */
  const early: Message[] = [];
  let streaming = false;
  let connected: Promise<void> = Promise.resolve();

  function deliver(block: string): void {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => line.slice(6))
      .join('\n');
    if (!data) return;
    const message = JSON.parse(data) as Message;
    const set = listeners.get(message.event);
    if (set && set.size > 0) set.forEach((listener) => listener(message.payload));
    else if (early.length < 100) early.push(message);
  }

  async function stream(): Promise<void> {
    streaming = true;
    let opened = (): void => undefined;
    // Calls wait for the stream, but never longer than 3 s (a host without one still answers).
    connected = new Promise<void>((resolve) => {
      opened = resolve;
      window.setTimeout(resolve, 3000);
    });
    try {
      const response = await fetch('/events', { headers: authHeaders() });
      opened(); // the host registers the stream before it answers
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
    opened();
    streaming = false;
    window.setTimeout(() => {
      if (!streaming) void stream();
    }, 1000);
  }

  function on(event: string, listener: Listener): () => void {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    if (!streaming) void stream();
    for (const message of early.filter((m) => m.event === event)) {
      early.splice(early.indexOf(message), 1);
      listener(message.payload);
    }
    return () => {
      set.delete(listener);
      if (set.size === 0) listeners.delete(event);
    };
  }

  // The stream opens with the page, before its first call.
  void stream();

  Object.defineProperty(window, 'coordina', {
    value: Object.freeze({ invoke, on }),
    writable: false,
    configurable: false,
  });
}

export const BRIDGE_SCRIPT = `(${installCoordinaBridge.toString()})();\n`;
