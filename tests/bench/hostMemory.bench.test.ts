/**
 * Peak memory of the core host with the large workspace open: the built browser host
 * (`node out/main/host.js`, run `npm run build` first) opens the large workspace through its
 * /rpc, serves the hot reads and one minutes export, then its VmHWM (peak resident set) is
 * read from /proc. Baseline: the same host started and idle, no workspace open.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rpcCall, startHostProcess, type RunningHost } from '../fixtures/hostProcess';
import { makeTempDir, removeDir } from '../fixtures/tempDir';
import { report } from './harness';
import { LARGE_PASSPHRASE, LARGE_TODAY, copyOfLarge, largeWorkspace } from './largeWorkspace';

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return kb / 1024;
}

let dataDir: string;
let idleDir: string;
const hosts: RunningHost[] = [];
beforeAll(() => {
  dataDir = makeTempDir('coordina-bench-host-');
  idleDir = makeTempDir('coordina-bench-idle-');
});
afterAll(async () => {
  for (const h of hosts) await h.stop();
  removeDir(dataDir);
  removeDir(idleDir);
});

describe('core host memory', () => {
  it('keeps the peak RSS with the large workspace open ≤ 250 MB', async () => {
    const file = copyOfLarge(await largeWorkspace(), 'rss.coordina');
    const idle = await startHostProcess(idleDir);
    hosts.push(idle);
    await rpcCall(idle, 'workspace:status', {});
    const idleMb = peakRssMb(idle.child.pid!);

    const host = await startHostProcess(dataDir);
    hosts.push(host);
    const call = async (channel: string, input: unknown) => {
      const { body } = await rpcCall(host, channel, input);
      expect(body.ok, `${channel}: ${JSON.stringify(body.error)}`).toBe(true);
      return body.result as Record<string, unknown>;
    };
    await call('workspace:open', { path: file, passphrase: LARGE_PASSPHRASE });
    await call('dashboard:summary', { from: '2026-01-01', to: LARGE_TODAY });
    await call('actions:list', { limit: 200 });
    await call('agencies:list', {});
    const meetings = (await call('meetings:list', {})).items as { id: string; status: string }[];
    const held = meetings.find((m) => m.status === 'minutes_approved')!;
    await call('meetings:get', { id: held.id });
    await call('exports:minutes', { meetingId: held.id });
    const peak = peakRssMb(host.child.pid!);
    report({
      name: 'core host peak RSS, large open (MB)',
      medianMs: peak,
      baseline: 'idle host, no workspace (MB)',
      baselineMs: idleMb,
      target: '≤ 250 MB',
    });
    expect(peak).toBeGreaterThan(idleMb);
    expect(peak).toBeLessThan(250);
  });
});
