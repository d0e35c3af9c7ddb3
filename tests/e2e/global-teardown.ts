/** After the whole e2e suite: no marker written through the UI may be readable on disk. */
import fs from 'node:fs';
import path from 'node:path';
import { MARKER_ENV, RUN_ROOT_ENV, filesUnder, filesWithMarker, newTempFiles } from './leakScan';

export default function globalTeardown(): void {
  const root = process.env[RUN_ROOT_ENV];
  const marker = process.env[MARKER_ENV];
  if (!root || !marker) return;
  const before = JSON.parse(
    fs.readFileSync(path.join(root, 'tmp-before.json'), 'utf8'),
  ) as string[];
  const scanned = [
    ...filesUnder(root).filter((f) => !f.endsWith('tmp-before.json')),
    ...newTempFiles(before),
  ];
  const leaks = filesWithMarker([...new Set(scanned)], marker);
  const workspaces = scanned.filter((f) => f.endsWith('.coordina')).length;
  fs.rmSync(root, { recursive: true, force: true });
  if (workspaces === 0)
    throw new Error('leak scan: no workspace file was scanned; the scan proves nothing');
  if (leaks.length > 0) throw new Error(`leak scan: the marker is readable in ${leaks.join(', ')}`);
  console.log(
    `leak scan: ${scanned.length} files scanned (${workspaces} workspaces), no plaintext marker found`,
  );
}
