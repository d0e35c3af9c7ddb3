/**
 * `npm start` on a fresh machine (scripts/start-electron.mjs): Electron's installer runs when
 * path.txt is missing, then electron-vite starts Electron with the built main bundle; when the
 * download is impossible the user reads two plain lines, never a stack trace. Installer and
 * Electron are fakes given through environment variables: nothing is downloaded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '..', '..');
const script = path.join(repo, 'scripts', 'start-electron.mjs');
const binaryName =
  process.platform === 'win32'
    ? 'electron.exe'
    : process.platform === 'darwin'
      ? 'Electron.app/Contents/MacOS/Electron'
      : 'electron';

let tmp: string;
let electronDir: string;
let distDir: string;
let project: string;
let installerLog: string;
let electronLog: string;

/** A Node script the tests use as Electron's installer; `body` runs after it logs the call. */
function installer(name: string, body: string): string {
  const file = path.join(tmp, `${name}.cjs`);
  const logCall = `require('fs').appendFileSync(${JSON.stringify(installerLog)}, 'called\\n');`;
  fs.writeFileSync(file, `${logCall}\n${body}\n`);
  return file;
}

const writesPathTxt = `require('fs').writeFileSync(require('path').join(process.env.COORDINA_ELECTRON_DIR, 'path.txt'), ${JSON.stringify(binaryName)});`;

function run(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [script, 'preview', '--skipBuild'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      COORDINA_ELECTRON_DIR: electronDir,
      ELECTRON_OVERRIDE_DIST_PATH: distDir,
      COORDINA_SKIP_NATIVE: '1',
      ELECTRON_EXEC_PATH: '',
      ELECTRON_SKIP_BINARY_DOWNLOAD: '',
      ...{ HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '' },
      FAKE_ELECTRON_LOG: electronLog,
      ...env,
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const installerCalls = () =>
  fs.existsSync(installerLog) ? fs.readFileSync(installerLog, 'utf8').split('\n').length - 1 : 0;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-start-'));
  installerLog = path.join(tmp, 'installer.log');
  electronLog = path.join(tmp, 'electron.json');
  // A copy of the electron package as npm ci leaves it with Electron >= 42: no path.txt, no dist.
  electronDir = path.join(tmp, 'electron');
  fs.mkdirSync(electronDir);
  for (const file of ['package.json', 'abi_version']) {
    fs.copyFileSync(
      path.join(repo, 'node_modules', 'electron', file),
      path.join(electronDir, file),
    );
  }
  // The fake Electron records its arguments and working folder, then exits 0.
  distDir = path.join(tmp, 'dist');
  const fake = path.join(distDir, binaryName);
  fs.mkdirSync(path.dirname(fake), { recursive: true });
  fs.writeFileSync(
    fake,
    `#!${process.execPath}\nrequire('fs').writeFileSync(process.env.FAKE_ELECTRON_LOG, JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd() }));\n`,
    { mode: 0o755 },
  );
  // The app as built: the real package.json (its "main") and a main bundle where it points.
  project = path.join(tmp, 'app');
  const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as {
    main: string;
  };
  fs.mkdirSync(path.dirname(path.join(project, pkg.main)), { recursive: true });
  fs.copyFileSync(path.join(repo, 'package.json'), path.join(project, 'package.json'));
  fs.writeFileSync(path.join(project, pkg.main), '// built main bundle\n');
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function expectTwoPlainLines(out: { code: number | null; stdout: string; stderr: string }) {
  expect(out.code).not.toBe(0);
  const lines = out.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('npm run build && npm run start:browser');
  expect(`${out.stdout}${out.stderr}`).not.toMatch(/^\s+at |Error:/m);
  expect(fs.existsSync(electronLog)).toBe(false);
  return lines[0];
}

describe('start-electron', () => {
  it('runs the installer when path.txt is missing, then starts Electron on the main bundle', () => {
    const progress = `console.error('Downloading electron-v45-linux-x64.zip: [=====     ] 50% ETA: 9 seconds');`;
    const out = run({
      COORDINA_ELECTRON_INSTALLER: installer('ok', `${progress}\n${writesPathTxt}`),
    });
    expect(out.stderr).not.toMatch(/uninstall|Error/);
    expect(out.code).toBe(0);
    expect(installerCalls()).toBe(1);
    expect(out.stdout).toMatch(/downloading Electron \d+\.\d+\.\d+ \(about 100 MB/);
    expect(out.stdout).toContain('[=====     ] 50%');
    const started = JSON.parse(fs.readFileSync(electronLog, 'utf8')) as {
      args: string[];
      cwd: string;
    };
    expect(started.args[0]).toBe('.');
    const main = (
      JSON.parse(fs.readFileSync(path.join(started.cwd, 'package.json'), 'utf8')) as {
        main: string;
      }
    ).main;
    expect(fs.realpathSync(path.resolve(started.cwd, main))).toBe(
      fs.realpathSync(path.join(project, 'out', 'main', 'index.js')),
    );
  });

  it('does not run the installer again once the binary is there', () => {
    fs.writeFileSync(path.join(electronDir, 'path.txt'), binaryName);
    const out = run({ COORDINA_ELECTRON_INSTALLER: installer('never', 'process.exit(1);') });
    expect(out.code).toBe(0);
    expect(installerCalls()).toBe(0);
    expect(fs.existsSync(electronLog)).toBe(true);
  });

  it('stops with two plain lines and a non-zero code when the installer fails', () => {
    const failing = installer(
      'offline',
      `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:1:1\\n    at async downloadArtifact (index.js:1:1)'); process.exit(1);`,
    );
    const first = expectTwoPlainLines(run({ COORDINA_ELECTRON_INSTALLER: failing }));
    expect(first).toMatch(/^Electron \d+\.\d+\.\d+ could not be downloaded: no network connection/);
    expect(installerCalls()).toBe(1);
  });

  it.each([
    ['getaddrinfo ENOTFOUND github.com', /cannot be found/],
    ['HTTPError: Response code 407 (Proxy Authentication Required)', /proxy/],
    ['ConnectTimeoutError: Connect Timeout Error (UND_ERR_CONNECT_TIMEOUT)', /timed out/],
    ['HTTPError: Response code 404 (Not Found)', /does not have this version/],
  ])('names the cause of "%s" in one line', (error, cause) => {
    const failing = installer('cause', `console.error(${JSON.stringify(error)}); process.exit(1);`);
    expect(expectTwoPlainLines(run({ COORDINA_ELECTRON_INSTALLER: failing }))).toMatch(cause);
  });

  it('names the proxy, without its credentials, when the connection through it fails', () => {
    const failing = installer(
      'proxy',
      `console.error('TypeError: fetch failed'); process.exit(1);`,
    );
    const out = run({
      COORDINA_ELECTRON_INSTALLER: failing,
      HTTPS_PROXY: 'http://agent:s3cret@proxy.example:3128',
    });
    const first = expectTwoPlainLines(out);
    expect(first).toMatch(/no network connection .*through the proxy proxy\.example:3128\.$/);
    expect(out.stdout + out.stderr).not.toContain('s3cret');
  });

  it('gives up on an installer that never answers after the bounded wait', () => {
    const hanging = installer('hang', 'setInterval(() => {}, 1000);');
    const first = expectTwoPlainLines(
      run({ COORDINA_ELECTRON_INSTALLER: hanging, COORDINA_ELECTRON_STALL_MS: '400' }),
    );
    expect(first).toMatch(/could not be downloaded: no data for/);
  });

  it('reports the download growing in the temporary folder it gives the installer', () => {
    // Writes 11 MB where @electron/get downloads (os.tmpdir()), then hangs: the watch sees the
    // growth, then the stall, and stops.
    const growing = installer(
      'grow',
      `require('fs').writeFileSync(require('path').join(require('os').tmpdir(), 'electron.zip'), Buffer.alloc(11 * 1024 * 1024));
       setInterval(() => {}, 1000);`,
    );
    const out = run({ COORDINA_ELECTRON_INSTALLER: growing, COORDINA_ELECTRON_STALL_MS: '1500' });
    expect(out.stdout).toMatch(/\[electron\] 1\d MB downloaded/);
    expect(expectTwoPlainLines(out)).toMatch(/no data for 2 s/);
  });

  it('does not download when ELECTRON_SKIP_BINARY_DOWNLOAD is set', () => {
    const out = run({
      COORDINA_ELECTRON_INSTALLER: installer('skipped', writesPathTxt),
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
    });
    expect(expectTwoPlainLines(out)).toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(installerCalls()).toBe(0);
  });
});
