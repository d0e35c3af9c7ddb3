// Which runtime the SQLite cipher module was compiled for. `electron-builder install-app-deps`
// can finish without error and still leave a Node build behind (e.g. a failed download of a
// prebuilt binary falling back silently); Electron then refuses the module only when a
// workspace is opened. The ABI is read from the binary itself: a non-N-API addon exports
// `node_register_module_v<ABI>`, the NODE_MODULE_VERSION it was built against.
// COORDINA_NATIVE_BINARY and COORDINA_ELECTRON_DIR point elsewhere (tests).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { electronDir } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
export const MODULE = 'better-sqlite3-multiple-ciphers';

export function nativeBinaryPath() {
  if (process.env.COORDINA_NATIVE_BINARY) return process.env.COORDINA_NATIVE_BINARY;
  const root = path.dirname(require.resolve(`${MODULE}/package.json`));
  return path.join(root, 'build', 'Release', 'better_sqlite3.node');
}

/** The ABI a compiled addon was built for, or null when it cannot be told. */
export function builtAbi(file) {
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match ? match[1] : null;
}

/** Null when the module is built for Electron's ABI; otherwise one plain sentence. */
export function electronAbiProblem() {
  const expected = fs.readFileSync(path.join(electronDir(), 'abi_version'), 'utf8').trim();
  const file = nativeBinaryPath();
  if (!fs.existsSync(file)) return `${MODULE} has no compiled module at ${file}.`;
  const actual = builtAbi(file);
  if (actual === expected) return null;
  const built = actual ? `ABI ${actual}` : 'an unknown ABI';
  return `${MODULE} is built for ${built}, not for Electron's ABI ${expected}.`;
}
