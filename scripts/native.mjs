#!/usr/bin/env node
// Makes sure the SQLite cipher module is compiled for the runtime about to use it:
//   node scripts/native.mjs node            → plain Node (tests, browser host)
//   node scripts/native.mjs electron        → Electron (npm start), via electron-builder install-app-deps
//   node scripts/native.mjs check-electron  → only checks that the build is Electron's (no rebuild)
// Node and Electron need different builds of the same native module; this switches between them.
import { execSync, spawnSync } from 'node:child_process';
import { electronAbiProblem, MODULE } from './native-abi.mjs';

const target = process.argv[2];

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

/** After install-app-deps: says plainly when the module is still not Electron's build. */
function checkElectronBuild() {
  const problem = electronAbiProblem();
  if (!problem) return;
  console.error(`[native] ${problem}`);
  console.error(
    '[native] Electron cannot open a workspace with it: see the rebuild output above (a C/C++ toolchain and Python 3 are needed), or run npm run build && npm run start:browser',
  );
  process.exit(1);
}

if (target === 'node') {
  if (!loadsInNode()) {
    console.log(`[native] rebuilding ${MODULE} for Node ${process.version}…`);
    execSync(`npm rebuild ${MODULE}`, { stdio: 'inherit' });
  }
} else if (target === 'electron') {
  console.log(`[native] building ${MODULE} for Electron…`);
  execSync('npx electron-builder install-app-deps', { stdio: 'inherit' });
  checkElectronBuild();
} else if (target === 'check-electron') {
  checkElectronBuild();
} else {
  console.error('usage: node scripts/native.mjs node|electron|check-electron');
  process.exit(2);
}
