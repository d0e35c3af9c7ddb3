/** `npm run build` produced the Electron bundles, and the preload is fit for a sandbox. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = path.resolve(__dirname, '../../out');

describe('electron-vite build output', () => {
  it('has main, preload, renderer and the browser host', () => {
    for (const file of [
      'main/index.js',
      'main/host.js',
      'preload/index.cjs',
      'renderer/index.html',
    ]) {
      expect(fs.existsSync(path.join(OUT, file)), file).toBe(true);
    }
  });

  it('bundles a preload that requires nothing but electron (sandboxed preloads cannot)', () => {
    const preload = fs.readFileSync(path.join(OUT, 'preload/index.cjs'), 'utf8');
    const requires = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(requires).toEqual(['electron']);
    expect(preload).toContain('exposeInMainWorld("coordina"');
  });

  it('loads the renderer under a strict CSP without inline scripts', () => {
    const html = fs.readFileSync(path.join(OUT, 'renderer/index.html'), 'utf8');
    expect(html).toContain("script-src 'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('main (with its shared chunks) loads the cipher fork and never plain better-sqlite3', () => {
    const dir = path.join(OUT, 'main');
    const code = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(code).toContain('require("better-sqlite3-multiple-ciphers")');
    expect(code).not.toMatch(/require\(["']better-sqlite3["']\)/);
  });
});
