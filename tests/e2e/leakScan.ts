/**
 * The e2e suite's leak scan. Global setup makes one run folder (every host's data folder and
 * log live in it) and a marker; the leak spec writes the marker through the UI; global
 * teardown scans the run folder — workspace files, WAL, backups, recent list, host logs — and
 * the files the run added to the temp dir for the marker, in UTF-8 and UTF-16.
 * The test browser's own profile is not the app's and is not scanned (in Electron the
 * renderer keeps no workspace data: it talks to the core over IPC, nothing is cached).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const RUN_ROOT_ENV = 'COORDINA_E2E_ROOT';
export const MARKER_ENV = 'COORDINA_E2E_MARKER';
const BROWSER_PROFILES =
  /^(playwright[-_]|org\.chromium\.|\.org\.chromium\.|chromium|\.com\.google)/i;

export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

export function filesWithMarker(files: string[], marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')];
  return files.filter((file) => {
    try {
      const bytes = fs.readFileSync(file);
      return needles.some((n) => bytes.includes(n));
    } catch {
      return false; // vanished meanwhile
    }
  });
}

export function newTempFiles(before: string[]): string[] {
  const known = new Set(before);
  const out: string[] = [];
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (known.has(name) || BROWSER_PROFILES.test(name)) continue;
    const full = path.join(os.tmpdir(), name);
    try {
      const stat = fs.statSync(full);
      // Sockets and pipes (another program's, such as LibreOffice's) hold no stored bytes.
      if (stat.isDirectory()) out.push(...filesUnder(full));
      else if (stat.isFile()) out.push(full);
    } catch {
      // vanished meanwhile
    }
  }
  return out;
}
