/** The automation interface of the browser host, driven as a script would drive it. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { startBrowserHost } from '../../electron/host/server';
import { CHANNEL_NAMES } from '../../shared/contract';
import { STRONG_PASSPHRASE } from '../fixtures/core';
import { rpcCall, startHostProcess, type RunningHost } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';

let host: RunningHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = makeTempDir('coordina-host-');
  host = await startHostProcess(dataDir);
});
afterAll(async () => {
  await host.stop();
  removeDir(dataDir);
});

describe('browser host automation interface', () => {
  it('announces url, rpc and token on its READY line', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(host.rpc).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rpc$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers 401 to any request without the right token', async () => {
    const none = await fetch(`${host.rpc}/workspace:status`, { method: 'POST', body: '{}' });
    expect(none.status).toBe(401);
    expect((await rpcCall(host, 'workspace:status', {}, 'wrong-token')).status).toBe(401);
    expect((await fetch(host.rpc)).status).toBe(401);
    expect((await fetch(host.rpc.replace('/rpc', '/events'))).status).toBe(401);
  });

  it('lists the channel names on GET /rpc', async () => {
    const res = await fetch(host.rpc, { headers: { Authorization: `Bearer ${host.token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { channels: string[] }).channels.sort()).toEqual(
      [...CHANNEL_NAMES].sort(),
    );
  });

  it('creates a workspace through workspace:create and reports errors as envelopes', async () => {
    const created = await rpcCall(host, 'workspace:create', {
      path: 'automation',
      passphrase: STRONG_PASSPHRASE,
      passphraseConfirm: STRONG_PASSPHRASE,
      settings: { taskForceName: 'Automation Task Force' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      ok: true,
      result: { state: 'open', taskForceName: 'Automation Task Force' },
    });
    expect(fs.existsSync(path.join(dataDir, 'workspaces', 'automation.coordina'))).toBe(true);

    const invalid = await rpcCall(host, 'workspace:updateSettings', { kAnonymity: 'many' });
    expect(invalid.body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const unknown = await rpcCall(host, 'nothing:here', {});
    expect(unknown.body).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('answers a malformed channel path with 400, not a crash', async () => {
    const res = await fetch(`${host.rpc}/%E0`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}` },
      body: '{}',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses to start with a short or empty token', async () => {
    const core = createCore({ dataDir, onInternalError: () => undefined });
    await expect(startBrowserHost({ core, rendererDir: dataDir, token: '' })).rejects.toThrow(
      /16 characters/,
    );
    await core.dispose();
  });

  it('refuses foreign Host and Origin headers', async () => {
    const port = new URL(host.rpc).port;
    const foreignOrigin = await fetch(`${host.rpc}/workspace:status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, Origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreignOrigin.status).toBe(403);
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/rpc',
          headers: { Host: `rebind.example:${port}`, Authorization: `Bearer ${host.token}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('serves the renderer with the bridge script and a strict CSP', async () => {
    const res = await fetch(host.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).toContain('<script src="/coordina-bridge.js"></script>');
    const bridge = await fetch(host.url.replace(/\/\?.*$/, '/coordina-bridge.js'));
    const script = await bridge.text();
    expect(script).toMatch(/defineProperty\(window, ["']coordina["']/);
    expect(script).toContain('/rpc/');
    expect(script).toContain('Authorization');
    const traversal = await fetch(host.url.replace(/\/\?.*$/, '/..%2f..%2fpackage.json'));
    expect(traversal.status).toBe(404);
  });

  it('keeps its recent list in the given data folder', () => {
    const recent = JSON.parse(
      fs.readFileSync(path.join(dataDir, 'recent-workspaces.json'), 'utf8'),
    ) as { items: { path: string }[] };
    expect(recent.items[0]!.path).toBe(path.join(dataDir, 'workspaces', 'automation.coordina'));
  });
});
