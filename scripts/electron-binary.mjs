// Makes sure Electron's binary is on disk before electron-vite runs. Electron ≥ 42 no longer
// downloads it at `npm install`: it is fetched lazily and recorded in node_modules/electron/path.txt,
// which electron-vite only reads ("Electron uninstall" when missing). This runs Electron's own
// installer (mirror, cache and proxy variables honoured) and, when the download is impossible,
// explains it in two plain lines instead of a stack trace.
//
// Test hooks (environment): COORDINA_ELECTRON_DIR (the electron package folder),
// COORDINA_ELECTRON_INSTALLER (a Node script run instead of electron's install.js),
// COORDINA_ELECTRON_STALL_MS / COORDINA_ELECTRON_INSTALL_TIMEOUT_MS (bounded waits: 60 s
// without data, 30 min in all); Electron's own
// ELECTRON_OVERRIDE_DIST_PATH and electron-vite's ELECTRON_EXEC_PATH are honoured as usual.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { URL } from 'node:url';
import { watchDownload } from './download-watch.mjs';

const require = createRequire(import.meta.url);

export const FALLBACK =
  'Without it, run Coordina in your browser: npm run build && npm run start:browser';

/** A failure already worded for the user: exactly the two lines to print. */
export class StartFailure extends Error {
  constructor(what) {
    super(what);
    this.lines = [what, FALLBACK];
  }
}

export function electronDir() {
  return (
    process.env.COORDINA_ELECTRON_DIR || path.dirname(require.resolve('electron/package.json'))
  );
}

function truthy(value) {
  return Boolean(value) && !['0', 'false', 'no'].includes(String(value).toLowerCase());
}

/** The executable path.txt names, or null when path.txt or the binary is missing. */
export function installedBinary(dir) {
  let relative = '';
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (!relative) return null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist');
  const full = path.join(dist, relative);
  return fs.existsSync(full) ? full : null;
}

/** The proxy in the environment as host:port (never its credentials), or ''. */
function proxyHost() {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];
  const value = names.map((name) => process.env[name]).find(Boolean);
  if (!value) return '';
  try {
    return new URL(value.includes('://') ? value : `http://${value}`).host;
  } catch {
    return 'set in HTTPS_PROXY';
  }
}

/** Why the installer failed, in words, from what it wrote (it prints a stack trace). */
export function failureReason(output, code) {
  const proxy = proxyHost();
  const reason = rawReason(output, code);
  const network = /cannot be found|timed out|no network connection/.test(reason);
  return proxy && network ? `${reason} through the proxy ${proxy}` : reason;
}

function rawReason(output, code) {
  const checks = [
    [/ENOTFOUND|EAI_AGAIN/, 'the download server cannot be found (no network or no DNS)'],
    [/\b407\b|proxy/i, 'the proxy refused the connection (see HTTPS_PROXY in the README)'],
    [/ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|timed? ?out/i, 'the connection timed out'],
    [
      /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|fetch failed|socket hang up/,
      'no network connection to the download server',
    ],
    [/HTTPError|status code|\b404\b/, 'the download server does not have this version'],
    [/checksum|sha256/i, "the downloaded file does not match Electron's checksum"],
    [/ENOSPC/, 'the disk is full'],
    [/EACCES|EPERM/, 'permission denied writing node_modules/electron'],
  ];
  const hit = checks.find(([pattern]) => pattern.test(output));
  return hit ? hit[1] : `its installer stopped with exit code ${code}`;
}

/** Only the download's progress bar is shown; anything else it writes is an error report. */
function isProgress(text) {
  return /Downloading|\d+%/.test(text) && !/Error\b|^\s+at |\bE[A-Z]{3,}\b/m.test(text);
}

/** Runs the installer, showing progress but never its stack trace; bounded by a stall watch. */
function runInstaller(dir) {
  const script = process.env.COORDINA_ELECTRON_INSTALLER || path.join(dir, 'install.js');
  const stallMs = Number(process.env.COORDINA_ELECTRON_STALL_MS) || 60_000;
  const totalMs = Number(process.env.COORDINA_ELECTRON_INSTALL_TIMEOUT_MS) || 30 * 60_000;
  const downloadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-electron-'));
  const env = { ...process.env, COORDINA_ELECTRON_DIR: dir };
  // @electron/get downloads into os.tmpdir(): our own folder, so the watch can see it grow.
  Object.assign(env, { TMPDIR: downloadDir, TMP: downloadDir, TEMP: downloadDir });
  // @electron/get uses a proxy only when asked to; a user behind one has HTTPS_PROXY set.
  if (proxyHost() && env.ELECTRON_GET_USE_PROXY === undefined) env.ELECTRON_GET_USE_PROXY = '1';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: dir, env, stdio: 'pipe' });
    let output = '';
    let stalled = '';
    // Progress goes to stdout, so that stderr holds only the two lines of a failure.
    const forward = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (isProgress(text)) process.stdout.write(text);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    const stopWatch = watchDownload({
      downloadDir,
      extractDir: process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(dir, 'dist'),
      stallMs,
      totalMs,
      onStall: (why) => {
        stalled = why;
        child.kill('SIGKILL');
      },
    });
    const finish = (code, extra = '') => {
      stopWatch();
      fs.rmSync(downloadDir, { recursive: true, force: true });
      resolve({ code, output: output + extra, stalled });
    };
    child.on('error', (error) => finish(1, String(error.message)));
    child.on('close', (code) => finish(code ?? 1));
  });
}

/**
 * Returns the Electron executable to start, downloading it first when needed.
 * Throws a StartFailure (two plain lines) when that is impossible.
 */
export async function ensureElectronBinary() {
  const execPath = process.env.ELECTRON_EXEC_PATH;
  if (execPath) {
    if (fs.existsSync(execPath)) return execPath;
    throw new StartFailure(`ELECTRON_EXEC_PATH points to ${execPath}, which does not exist.`);
  }
  const dir = electronDir();
  const found = installedBinary(dir);
  if (found) return found;
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (truthy(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    throw new StartFailure(
      `Electron ${version} is not downloaded yet and ELECTRON_SKIP_BINARY_DOWNLOAD is set.`,
    );
  }
  console.log(`[electron] downloading Electron ${version} (about 100 MB, only the first time)…`);
  const result = await runInstaller(dir);
  if (result.stalled) {
    throw new StartFailure(`Electron ${version} could not be downloaded: ${result.stalled}.`);
  }
  if (result.code !== 0) {
    const reason = failureReason(result.output, result.code);
    throw new StartFailure(`Electron ${version} could not be downloaded: ${reason}.`);
  }
  const installed = installedBinary(dir);
  if (installed) {
    console.log(`[electron] Electron ${version} is ready.`);
    return installed;
  }
  throw new StartFailure(
    `Electron ${version} was downloaded but its executable is missing from node_modules/electron.`,
  );
}
