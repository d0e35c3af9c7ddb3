#!/usr/bin/env node
// Makes sure the SQLite cipher module is compiled for the runtime about to use it:
//   node scripts/native.mjs node      → plain Node (tests, browser host)
//   node scripts/native.mjs electron  → Electron (npm start), via electron-builder install-app-deps
// Node and Electron need different builds of the same native module; this switches between them.
import { execSync, spawnSync } from 'node:child_process';

const target = process.argv[2];
const MODULE = 'better-sqlite3-multiple-ciphers';

function loadsInNode() {
  const probe = spawnSync(
    process.execPath,
    ['-e', `new (require('${MODULE}'))(':memory:').close()`],
    {
      stdio: 'pipe',
    },
  );
  return probe.status === 0;
}

if (target === 'node') {
  if (!loadsInNode()) {
    console.log(`[native] rebuilding ${MODULE} for Node ${process.version}…`);
    execSync(`npm rebuild ${MODULE}`, { stdio: 'inherit' });
  }
} else if (target === 'electron') {
  console.log(`[native] building ${MODULE} for Electron…`);
  execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
} else {
  console.error('usage: node scripts/native.mjs node|electron');
  process.exit(2);
}
