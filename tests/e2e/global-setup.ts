/** One folder for the whole e2e run, a leak marker, and the temp dir as it was before. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MARKER_ENV, RUN_ROOT_ENV } from './leakScan';

export default function globalSetup(): void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'coordina-e2e-run-'));
  fs.mkdirSync(path.join(root, 'logs'));
  fs.writeFileSync(path.join(root, 'tmp-before.json'), JSON.stringify(fs.readdirSync(os.tmpdir())));
  process.env[RUN_ROOT_ENV] = root;
  process.env[MARKER_ENV] = `LEAKMARK${crypto.randomBytes(6).toString('hex')}`;
}
