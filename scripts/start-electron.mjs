#!/usr/bin/env node
// `npm start` / `npm run dev`: Electron's binary first (downloaded once, see electron-binary.mjs),
// then the cipher module rebuilt for Electron (native.mjs, which checks the ABI), then
// electron-vite. The binary comes first so that an offline machine stops before the native
// module is switched to Electron — the browser host it is pointed to needs the Node build.
//   node scripts/start-electron.mjs preview|dev [electron-vite options]
// COORDINA_SKIP_NATIVE=1 leaves the native module alone (tests only).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronBinary, StartFailure } from './electron-binary.mjs';

const [mode, ...rest] = process.argv.slice(2);
if (mode !== 'preview' && mode !== 'dev') {
  console.error('usage: node scripts/start-electron.mjs preview|dev [electron-vite options]');
  process.exit(2);
}

let executable;
try {
  executable = await ensureElectronBinary();
} catch (error) {
  if (!(error instanceof StartFailure)) throw error;
  for (const line of error.lines) console.error(line);
  process.exit(1);
}

if (process.env.COORDINA_SKIP_NATIVE !== '1') {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const native = spawnSync(process.execPath, [path.join(here, 'native.mjs'), 'electron'], {
    stdio: 'inherit',
  });
  if (native.status !== 0) process.exit(native.status ?? 1);
}

const require = createRequire(import.meta.url);
const cli = path.join(
  path.dirname(require.resolve('electron-vite/package.json')),
  'bin/electron-vite.js',
);
const child = spawn(process.execPath, [cli, mode, ...rest], {
  stdio: 'inherit',
  env: { ...process.env, ELECTRON_EXEC_PATH: executable },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
