/**
 * `demo:open`: the demo workspace in the app's data folder (demo/demo-task-force.coordina),
 * generated on first use with today's date and a fixed seed, reopened afterwards. A file whose
 * generation did not finish (the app was killed during it) is filled on the next open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_PASSPHRASE, type demoContract } from '../../../shared/contract/demo';
import { rawConnection } from '../db/dataSource';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { generateDemoData } from './generator';

export const DEMO_SEED = 20_260_101;
const DEMO_NAME = 'Demo — National Task Force against Trafficking in Persons';

export function demoWorkspacePath(dataDir: string): string {
  return path.join(dataDir, 'demo', 'demo-task-force.coordina');
}

async function openDemo(service: WorkspaceService, dataDir: string, now: () => Date) {
  const file = demoWorkspacePath(dataDir);
  const already = service.currentPath() === file && service.status().state === 'open';
  if (!already) {
    if (fs.existsSync(file)) {
      await service.open({ path: file, passphrase: DEMO_PASSPHRASE });
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await service.create({
        path: file,
        passphrase: DEMO_PASSPHRASE,
        passphraseConfirm: DEMO_PASSPHRASE,
        settings: {
          taskForceName: DEMO_NAME,
          defaultLanguage: 'en',
          letterheadText: 'Republic of the Demo — National Task Force Secretariat',
          classificationMarking: 'DEMO — FICTIONAL DATA',
        },
      });
    }
  }
  await service.exclusive(() => {
    const db = rawConnection(service.dataSource());
    if (db.prepare('SELECT count(*) FROM bodies').pluck().get() === 0) {
      generateDemoData(db, { size: 'small', seed: DEMO_SEED, today: service.dayOf(now()) });
    }
  });
  return { ...service.status(), passphrase: DEMO_PASSPHRASE };
}

export function demoHandlers(
  service: WorkspaceService,
  dataDir: string,
  now: () => Date,
): HandlerSlice<keyof typeof demoContract> {
  return { 'demo:open': () => openDemo(service, dataDir, now) };
}
