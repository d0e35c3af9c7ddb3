/**
 * The browser host: the built renderer and the core's router on 127.0.0.1, for end-to-end
 * tests, scripts, and developers without an Electron binary. Every RPC needs the per-run
 * token; Host and Origin headers are checked against the loopback address (DNS rebinding,
 * cross-site requests). Same core, same contract — only the transport differs.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '../core';
import { BRIDGE_SCRIPT } from './bridge';
import { CONTENT_SECURITY_POLICY, readStaticFile } from './staticFiles';

/** One request's body at most (an import travels as base64: a 20 MB spreadsheet fits). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** Calls answered at once; more get 503 BUSY instead of piling up memory. */
export const MAX_RPC_IN_FLIGHT = 8;
/** Bodies buffered at once across all calls. */
export const MAX_BODY_BYTES_IN_FLIGHT = 96 * 1024 * 1024;
const MAX_CONNECTIONS = 64;

class BodyTooLarge extends Error {}

export interface BrowserHostOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface BrowserHost {
  url: string;
  rpc: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type':
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/** Reads a body within the per-request cap and the shared budget (`ticket` counts what it took). */
function readBody(
  req: http.IncomingMessage,
  budget: { left: number },
  ticket: { bytes: number },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      budget.left -= chunk.length;
      ticket.bytes += chunk.length;
      if (size > MAX_BODY_BYTES || budget.left < 0) {
        reject(new BodyTooLarge());
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  if (token.length < 16) throw new Error('The host token must have at least 16 characters.');
  const streams = new Set<http.ServerResponse>();
  let port = 0;
  let inFlight = 0;
  /** Body bytes that calls in flight may still buffer. */
  const bodyBudget = { left: MAX_BODY_BYTES_IN_FLIGHT };
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);

  const authorised = (req: http.IncomingMessage) => {
    const header = req.headers.authorization ?? '';
    return header.startsWith('Bearer ') && tokensEqual(header.slice(7), token);
  };

  async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (!authorised(req))
      return send(res, 401, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Missing or wrong token.' },
      });
    if (pathname === '/rpc' && req.method === 'GET')
      return send(res, 200, { channels: options.core.channels });
    if (req.method !== 'POST')
      return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: 'Use POST.' } });
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return tooLarge(res);
    if (inFlight >= MAX_RPC_IN_FLIGHT) {
      res.setHeader('Retry-After', '1');
      return send(res, 503, {
        ok: false,
        error: { code: 'BUSY', message: 'Too many requests at once; try again.' },
      });
    }
    inFlight++;
    const ticket = { bytes: 0 };
    try {
      return await answerRpc(req, res, pathname, ticket);
    } finally {
      inFlight--;
      bodyBudget.left += ticket.bytes; // give back what this body took
    }
  }

  function tooLarge(res: http.ServerResponse) {
    return send(res, 413, {
      ok: false,
      error: { code: 'VALIDATION', message: 'The request body is too large.' },
    });
  }

  async function answerRpc(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
    ticket: { bytes: number },
  ) {
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/rpc/'.length));
    } catch {
      return send(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'Malformed channel name.' },
      });
    }
    let input: unknown;
    try {
      const raw = await readBody(req, bodyBudget, ticket);
      input = raw.length === 0 ? undefined : JSON.parse(raw);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(res);
      return send(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'The body is not valid JSON.' },
      });
    }
    return send(res, 200, await options.core.dispatch(channel, input));
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!authorised(req)) return send(res, 401, 'Missing or wrong token.');
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    const securityHeaders = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    };
    if (pathname === '/coordina-bridge.js') {
      return send(res, 200, BRIDGE_SCRIPT, {
        ...securityHeaders,
        'Content-Type': 'text/javascript; charset=utf-8',
      });
    }
    const file = readStaticFile(options.rendererDir, pathname);
    if (!file) return send(res, 404, 'Not found.', securityHeaders);
    let body = file.body;
    if (pathname === '/' || pathname === '/index.html') {
      // The bridge must run before the app's module script.
      body = Buffer.from(
        file.body
          .toString('utf8')
          .replace('<head>', '<head>\n    <script src="/coordina-bridge.js"></script>'),
      );
    }
    res.writeHead(200, {
      'Content-Type': file.contentType,
      'Cache-Control': 'no-store',
      ...securityHeaders,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = http.createServer((req, res) => {
    if (!allowedHosts().includes(req.headers.host ?? ''))
      return send(res, 403, 'Host not allowed.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin))
      return send(res, 403, 'Origin not allowed.');
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === '/rpc' || pathname.startsWith('/rpc/')) {
      handleRpc(req, res, pathname).catch(() =>
        send(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Request failed.' } }),
      );
      return;
    }
    if (pathname === '/events') return handleEvents(req, res);
    handleStatic(req, res, pathname);
  });

  const unsubscribe = options.core.subscribe((event, payload) => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(frame);
  });

  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    url: `${base}/?token=${encodeURIComponent(token)}`,
    rpc: `${base}/rpc`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
