/**
 * `npm run start:browser [-- --port N --data-dir DIR --token T --demo]`: starts the browser host
 * and prints one machine-readable line on stdout:
 *   COORDINA_HOST_READY {"url":…,"rpc":…,"token":…}
 * (a human hint goes to stderr). With --demo the demo task force is opened (generated on first
 * use) before the line is printed, so the browser shows its dashboard straight away.
 * Stops cleanly on SIGINT/SIGTERM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore } from '../core';
import { defaultDataDir } from './dataDir';
import { startBrowserHost } from './server';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      renderer: { type: 'string' },
      token: { type: 'string' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535 (0 picks a free port)`);
  }
  if (values.token !== undefined && values.token.length < 16) {
    throw new Error('--token must have at least 16 characters');
  }
  const rendererDir = path.resolve(values.renderer ?? path.join(__dirname, '..', 'renderer'));
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run "npm run build" first.`);
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const core = createCore({ dataDir, exportWorkerScript: path.join(__dirname, 'exportWorker.js') });
  if (values.demo) {
    const opened = await core.dispatch('demo:open', {});
    if (!opened.ok) throw new Error(`the demo workspace could not be opened: ${opened.error.code}`);
    const { passphrase } = opened.result as { passphrase: string };
    process.stderr.write(`Demo task force open. Its passphrase (to unlock it): ${passphrase}\n`);
  }
  const host = await startBrowserHost({ core, rendererDir, port, token: values.token });

  process.stdout.write(
    `COORDINA_HOST_READY ${JSON.stringify({ url: host.url, rpc: host.rpc, token: host.token })}\n`,
  );
  process.stderr.write(`Coordina is running. Open this address in your browser:\n  ${host.url}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void host
      .close()
      .then(() => core.dispose())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `coordina host: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
