/**
 * After `electron-builder install-app-deps`, scripts/native.mjs checks that the cipher module
 * was really compiled for Electron's ABI (node_modules/electron/abi_version) and says so
 * plainly when not. Fake module binaries: nothing is rebuilt.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = path.join(__dirname, '..', '..');
let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-abi-'));
  fs.mkdirSync(path.join(tmp, 'electron'));
  fs.writeFileSync(path.join(tmp, 'electron', 'abi_version'), '150');
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A stand-in for better_sqlite3.node carrying the symbol a real addon build exports. */
function fakeModule(symbol: string): string {
  const file = path.join(tmp, 'better_sqlite3.node');
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(64, 0x7f), Buffer.from(`${symbol}\0`)]));
  return file;
}

function check(binary: string) {
  const result = spawnSync(
    process.execPath,
    [path.join(repo, 'scripts', 'native.mjs'), 'check-electron'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        COORDINA_ELECTRON_DIR: path.join(tmp, 'electron'),
        COORDINA_NATIVE_BINARY: binary,
      },
    },
  );
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('native module ABI check', () => {
  it('accepts a module built for Electron', () => {
    expect(check(fakeModule('node_register_module_v150'))).toEqual({ code: 0, output: '' });
  });

  it('says plainly that a Node build is not Electron’s, and fails', () => {
    const out = check(fakeModule('node_register_module_v115'));
    expect(out.code).not.toBe(0);
    expect(out.output).toContain("is built for ABI 115, not for Electron's ABI 150");
    expect(out.output).not.toMatch(/^\s+at /m);
  });

  it('fails when there is no compiled module at all', () => {
    const out = check(path.join(tmp, 'missing.node'));
    expect(out.code).not.toBe(0);
    expect(out.output).toContain('has no compiled module');
  });
});
