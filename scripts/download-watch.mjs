// Progress and a bounded wait for Electron's installer, seen from outside: its own progress bar
// is drawn only on a terminal and only after 30 s, and a proxy that accepts the connection but
// never answers would leave `npm start` hanging for minutes. The installer downloads into a
// temporary folder we give it (TMPDIR) and extracts into node_modules/electron/dist; this
// polls the bytes in both, reports the download as it grows, and calls `onStall` when nothing
// has moved for `stallMs` (or when `totalMs` has passed altogether).
import fs from 'node:fs';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';

function bytesIn(folder) {
  let total = 0;
  let entries = [];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    try {
      total += entry.isDirectory() ? bytesIn(full) : fs.lstatSync(full).size;
    } catch {
      // a file the installer removed between listing and reading: nothing to count
    }
  }
  return total;
}

const MB = 1024 * 1024;

/** Starts watching; returns a function that stops it. */
export function watchDownload({ downloadDir, extractDir, stallMs, totalMs, onStall }) {
  const started = Date.now();
  let lastChange = started;
  let lastSeen = -1;
  let lastReported = 0;
  const interval = Math.max(50, Math.min(1000, Math.floor(stallMs / 4)));
  const timer = setInterval(() => {
    const now = Date.now();
    const downloaded = bytesIn(downloadDir);
    const seen = downloaded + bytesIn(extractDir);
    if (seen !== lastSeen) {
      lastSeen = seen;
      lastChange = now;
    }
    if (downloaded >= lastReported + 10 * MB) {
      lastReported = downloaded;
      process.stdout.write(`[electron] ${Math.floor(downloaded / MB)} MB downloaded…\n`);
    }
    if (now - lastChange > stallMs) {
      clearInterval(timer);
      onStall(`no data for ${Math.round(stallMs / 1000)} s`);
    } else if (now - started > totalMs) {
      clearInterval(timer);
      onStall(`not finished after ${Math.round(totalMs / 60_000)} min`);
    }
  }, interval);
  return () => clearInterval(timer);
}
