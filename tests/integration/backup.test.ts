/** Encrypted backups: made on lock/close and on demand, rotated, restored into a new file exactly. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_EXTENSION, rotateBackups } from '../../electron/core/backup/backupFiles';
import { rawConnection } from '../../electron/core/db/dataSource';
import { STRONG_PASSPHRASE, createWorkspace, startTestCore, type TestCore } from '../fixtures/core';
import { svgToPng } from '../../electron/core/exports/kit/chart';
import { seedMeetingCycle } from '../fixtures/meetingScenario';
import { createPlan, objectiveIn, periodId } from '../fixtures/napWorld';

const OWNER = {
  workspaceId: '0b6f3c1e-2d4a-4c8e-9f1a-7e5d3b2c1a09',
  workspacePath: '/any/ws.coordina',
};
let t: TestCore;
let clock: Date;
beforeEach(async () => {
  clock = new Date('2026-06-15T10:00:00Z');
  t = startTestCore(() => clock);
  await createWorkspace(t, 'Backed-up Task Force');
});
afterEach(async () => {
  await t.cleanup();
});

async function fill() {
  const agency = await t.call('agencies:create', {
    name: 'Labour Inspectorate',
    kind: 'labour_inspection',
    pillarRoles: { prevention: 'lead' },
  });
  await t.call('focalPoints:create', {
    agencyId: agency.id,
    name: 'Kwame Addo',
    email: 'kwame@labour.example.org',
  });
  await t.call('bodies:create', {
    name: 'Task Force',
    kind: 'national_task_force',
    memberAgencyIds: [agency.id],
  });
}

/** Every row of every table of the open workspace. */
function dumpTables(): Record<string, unknown[]> {
  const db = rawConnection(t.core.workspace.dataSource());
  const tables = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
  return Object.fromEntries(
    tables.map((name) => [name, db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all()]),
  );
}

describe('backups', () => {
  it('round-trips every table of a whole meeting cycle, each with rows, through backup and restore', async () => {
    clock = new Date('2026-11-30T10:00:00Z'); // the cycle's dates are in autumn 2026
    const { meeting, agencies, body } = await seedMeetingCycle(t);
    await t.call('agencies:update', {
      id: agencies.police,
      patch: { pillarRoles: { prosecution: 'lead' } },
    });
    const inspection = await t.call('actions:create', {
      title: 'Joint inspection plan',
      ownerAgencyId: agencies.labour,
      supportingAgencyIds: [agencies.police],
      meetingId: meeting.id,
    });
    await t.call('exports:setLetterheadLogo', {
      image: svgToPng(
        '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"/>',
        20,
      ).toString('base64'),
    });
    await t.call('agenda:saveTemplate', { meetingId: meeting.id, name: 'Monthly' });
    await t.call('actions:saveFilter', { name: 'Overdue', filter: { overdue: true } });
    for (const status of [
      'agenda_circulated',
      'held',
      'minutes_drafted',
      'minutes_approved',
    ] as const) {
      if (status === 'agenda_circulated') {
        await t.call('exports:circulate', { meetingId: meeting.id, kind: 'agenda' });
      }
      await t.call('meetings:setStatus', { id: meeting.id, status });
    }
    await t.call('meetings:addCorrigendum', {
      meetingId: meeting.id,
      date: '2026-11-30',
      text: 'Typo in item 2.',
    });
    // The National Action Plan, with every part it has, and a deny-listed term.
    const plan = await createPlan(t);
    const objective = await objectiveIn(t, plan.id);
    const year = await periodId(t, plan.id, '2026');
    const activity = await t.call('nap:upsertActivity', {
      objectiveId: objective.id,
      text: 'Train labour inspectors',
      leadAgencyIds: [agencies.labour],
      budgetAmount: 10_000,
      executed: [{ periodId: year, amount: 2_500 }],
    });
    const indicator = await t.call('nap:upsertIndicator', {
      activityId: activity.id,
      name: 'Inspectors trained',
    });
    await t.call('nap:addMeasurement', { indicatorId: indicator.id, periodId: year, value: 40 });
    await t.call('nap:addProgressUpdate', {
      activityId: activity.id,
      periodId: year,
      status: 'on_track',
      narrative: 'Two sessions held.',
    });
    await t.call('actions:update', {
      id: inspection.id,
      patch: { napActivityId: activity.id },
    });
    await t.call('nap:saveNarrative', {
      planId: plan.id,
      periodId: year,
      kind: 'executive',
      language: 'en',
      text: 'Inspections doubled.',
    });
    await t.call('nap:setReportFinal', { planId: plan.id, periodId: year, final: true });
    await t.call('privacy:denylistAdd', { term: 'Operation Nightjar' });
    // A case with a request, a discussion at the meeting, a linked action and its place on
    // the meeting's restricted item (written directly: that channel is the meeting module's).
    const caseRecord = await t.call('cases:create', {
      profiles: [
        { ageBand: '25-34', sex: 'male', nationality: 'VN', exploitationForms: ['forced_labour'] },
      ],
      suspects: { count: 1, nationalities: ['VN'] },
      openedMonth: '2026-09',
      nrmReferral: false,
      nrmReferralMonth: null,
      assistance: ['shelter'],
      agencies: [{ agencyId: agencies.labour, role: 'labour_inspection' }],
    });
    await t.call('cooperation:create', {
      caseId: caseRecord.id,
      type: 'mutual_legal_assistance',
      direction: 'outgoing',
      country: 'VN',
      legalBasis: 'untoc_art18',
      sentOn: '2026-10-01',
      status: 'sent',
    });
    await t.call('cases:addDiscussion', { caseId: caseRecord.id, text: 'Request sent.' });
    await t.call('actions:update', { id: inspection.id, patch: { caseId: caseRecord.id } });
    await t.core.workspace.write((db) =>
      db.query('INSERT INTO meeting_cases (meeting_id, case_id, position) VALUES (?, ?, 0)', [
        meeting.id,
        caseRecord.id,
      ]),
    );
    // The two registers: an agreement with every kind of link, and a training.
    await t.call('agreements:create', {
      type: 'mou',
      title: 'MoU on joint inspections',
      agencyIds: [agencies.labour, agencies.police],
      countries: ['VN'],
      reviewOn: '2027-06-01',
      bodyIds: [body.id],
      napActivityIds: [activity.id],
    });
    await t.call('trainings:create', {
      date: '2026-10-05',
      topic: 'Labour exploitation indicators',
      format: 'in_person',
      hours: 6,
      agencies: [{ agencyId: agencies.labour, female: 4, male: 5, other: 0 }],
    });
    // The reporting round-trip: a round of update forms to the agencies with open actions.
    await t.call('roundTrip:createRound', { bodyId: body.id });
    const before = dumpTables();
    const empty = Object.entries(before)
      .filter(([, rows]) => rows.length === 0)
      .map(([name]) => name);
    expect(empty).toEqual([]);
    const { backup } = await t.call('backup:now', {});
    const { path: restored } = await t.call('backup:restore', {
      backupPath: backup.path,
      targetPath: 'restored-cycle',
      passphrase: STRONG_PASSPHRASE,
    });
    await t.call('workspace:open', { path: restored, passphrase: STRONG_PASSPHRASE });
    expect(dumpTables()).toEqual(before);
    expect((await t.call('audit:verify', {})).ok).toBe(true);
  });

  it('backs up now into an encrypted file and restores it into a new file with every row identical', async () => {
    await fill();
    const before = dumpTables();
    const { backup } = await t.call('backup:now', {});
    expect(backup.path.endsWith(BACKUP_EXTENSION)).toBe(true);
    const bytes = fs.readFileSync(backup.path);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('Labour Inspectorate'))).toBe(false);

    const { path: restored } = await t.call('backup:restore', {
      backupPath: backup.path,
      targetPath: 'restored',
      passphrase: STRONG_PASSPHRASE,
    });
    expect(restored).toBe(path.join(t.dataDir, 'workspaces', 'restored.coordina'));
    await t.call('workspace:open', { path: restored, passphrase: STRONG_PASSPHRASE });
    expect(dumpTables()).toEqual(before);
    expect((await t.call('audit:verify', {})).ok).toBe(true);
  });

  it('refuses to restore over an existing file, with a wrong passphrase, or from a damaged backup', async () => {
    const { backup } = await t.call('backup:now', {});
    const status = await t.call('workspace:status', {});
    expect(
      (
        await t.fail('backup:restore', {
          backupPath: backup.path,
          targetPath: status.path!,
          passphrase: STRONG_PASSPHRASE,
        })
      ).code,
    ).toBe('FILE_EXISTS');
    expect(
      (
        await t.fail('backup:restore', {
          backupPath: backup.path,
          targetPath: 'x',
          passphrase: 'not it at all',
        })
      ).code,
    ).toBe('WRONG_PASSPHRASE');
    const damaged = fs.readFileSync(backup.path);
    damaged.fill(0x41, 4096 + 100, 4096 + 400); // inside page 2
    fs.writeFileSync(backup.path, damaged);
    const err = await t.fail('backup:restore', {
      backupPath: backup.path,
      targetPath: 'y',
      passphrase: STRONG_PASSPHRASE,
    });
    expect(err.code).toBe('WORKSPACE_DAMAGED');
    expect(fs.existsSync(path.join(t.dataDir, 'workspaces', 'y.coordina'))).toBe(false);
  });

  it('backs up automatically on lock and on close, also right after a read (its guard is lifted)', async () => {
    await t.call('agencies:list', {}); // leaves the read guard (query_only) on
    await t.call('workspace:lock', {});
    expect((await t.call('backup:list', {})).items).toHaveLength(1);
    // Same day: the newer backup replaces the older one (one kept per day).
    clock = new Date('2026-06-15T11:00:00Z');
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    await t.call('workspace:lock', {});
    expect((await t.call('backup:list', {})).items.map((b) => b.createdAt)).toEqual([
      '2026-06-15T11:00:00Z',
    ]);
    // Next day, on close.
    clock = new Date('2026-06-16T09:30:00Z');
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    await t.call('agencies:list', {});
    await t.call('workspace:close', {});
    const listed = await t.call('backup:list', { workspacePath: 'ws' });
    expect(listed.items.map((b) => b.createdAt)).toEqual([
      '2026-06-16T09:30:00Z',
      '2026-06-15T11:00:00Z',
    ]);
  });

  it('backs up once a day while the workspace stays open', async () => {
    await t.call('workspace:close', {});
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await t.call('workspace:open', { path: 'ws', passphrase: STRONG_PASSPHRASE });
      const before = (await t.call('backup:list', {})).items.length;
      await t.call('agencies:list', {});
      clock = new Date('2026-06-16T10:00:00Z');
      vi.advanceTimersByTime(24 * 60 * 60 * 1000);
      const after = await t.call('backup:list', {});
      expect(after.items.length).toBe(before + 1);
      expect(after.items[0]!.createdAt).toBe('2026-06-16T10:00:00Z');
    } finally {
      vi.useRealTimers();
    }
  });

  it('rotates: keeps the newest of each of the last 7 days and 4 older weeks', async () => {
    const folder = path.join(t.dataDir, 'rotation');
    fs.mkdirSync(folder);
    for (let day = 0; day < 60; day++) {
      for (const hour of ['08', '17']) {
        const d = new Date(Date.UTC(2026, 0, 1 + day, Number(hour)));
        const name = `ws--${d.toISOString().slice(0, 10).replace(/-/g, '')}-${hour}0000Z--${OWNER.workspaceId}${BACKUP_EXTENSION}`;
        fs.writeFileSync(path.join(folder, name), 'x');
      }
    }
    rotateBackups(folder, OWNER, 7, 4);
    const left = fs.readdirSync(folder).sort();
    expect(left).toHaveLength(11);
    // The 7 newest days, each with its evening backup…
    expect(left.slice(-7).every((n) => n.includes('-170000Z'))).toBe(true);
    expect(left.at(-1)).toContain('20260301');
    // …and one per older week.
    const weeks = left.slice(0, 4).map((n) => n.slice(4, 12));
    expect(new Set(weeks).size).toBe(4);
  });

  it('rotates by the counts in the workspace settings (default 7 days and 4 weeks)', async () => {
    expect(await t.call('workspace:getSettings', {})).toMatchObject({
      backupKeepDaily: 7,
      backupKeepWeekly: 4,
    });
    for (const patch of [
      { backupKeepDaily: 0 },
      { backupKeepDaily: 61 },
      { backupKeepWeekly: -1 },
      { backupKeepWeekly: 53 },
      { backupKeepDaily: 2.5 },
    ]) {
      expect((await t.fail('workspace:updateSettings', patch)).code, JSON.stringify(patch)).toBe(
        'VALIDATION',
      );
    }
    await t.call('workspace:updateSettings', { backupKeepDaily: 2, backupKeepWeekly: 1 });
    // One backup a day for three weeks: the newest two days and one older week are kept.
    let removed: string[] = [];
    for (let day = 0; day < 21; day++) {
      clock = new Date(Date.UTC(2026, 5, 1 + day, 9));
      removed = (await t.call('backup:now', {})).removed;
    }
    expect(removed).toHaveLength(1);
    const kept = (await t.call('backup:list', {})).items.map((b) => b.createdAt.slice(0, 10));
    expect(kept).toEqual(['2026-06-21', '2026-06-20', '2026-06-19']);
    await t.call('workspace:updateSettings', { backupKeepWeekly: 0 });
    clock = new Date(Date.UTC(2026, 5, 22, 9));
    await t.call('backup:now', {});
    const after = (await t.call('backup:list', {})).items.map((b) => b.createdAt.slice(0, 10));
    expect(after).toEqual(['2026-06-22', '2026-06-21']);
  });

  it('uses the folder named in the workspace settings, and remembers it for recovery', async () => {
    const chosen = path.join(t.dataDir, 'usb-drive', 'coordina');
    fs.mkdirSync(chosen, { recursive: true });
    expect(
      (await t.fail('workspace:updateSettings', { backupFolder: 'relative/folder' })).code,
    ).toBe('VALIDATION');
    await t.call('workspace:updateSettings', { backupFolder: chosen });
    const { backup } = await t.call('backup:now', {});
    expect(path.dirname(backup.path)).toBe(chosen);
    const listed = await t.call('backup:list', {});
    expect(listed).toMatchObject({ folder: chosen, items: [{ path: backup.path }] });
    await t.call('workspace:close', {});
    // Closed: the remembered folder is still where its backups are looked up.
    expect((await t.call('backup:list', { workspacePath: 'ws' })).folder).toBe(chosen);
  });

  it('refuses to open a damaged workspace with WORKSPACE_DAMAGED and points at its newest backup', async () => {
    await fill();
    const { backup } = await t.call('backup:now', {});
    const file = (await t.call('workspace:status', {})).path!;
    await t.call('workspace:close', {});
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(3 * 4096);
    bytes.fill(0x42, 2 * 4096 + 50, 2 * 4096 + 500); // a page after page 1
    fs.writeFileSync(file, bytes);
    const err = await t.fail('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('WORKSPACE_DAMAGED');
    const newest = (err.details as { newestBackup: { path: string } | null }).newestBackup;
    expect(newest?.path).toBeDefined();
    expect(path.dirname(newest!.path)).toBe(path.dirname(backup.path));
    const restored = await t.call('backup:restore', {
      backupPath: newest!.path,
      targetPath: 'recovered',
      passphrase: STRONG_PASSPHRASE,
    });
    await t.call('workspace:open', { path: restored.path, passphrase: STRONG_PASSPHRASE });
    expect((await t.call('agencies:list', {})).items.map((a) => a.name)).toEqual([
      'Labour Inspectorate',
    ]);
  });

  it('skips the integrity check on unlock only for the very file it verified at lock', async () => {
    await fill();
    await t.call('workspace:lock', {});
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(t.core.workspace.lastOpenChecked).toBe(false);
    const file = (await t.call('workspace:status', {})).path!;
    await t.call('workspace:lock', {});
    // Damaged while locked (same size): the stamp differs, so the check runs and refuses it.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x42, 2 * 4096 + 50, 2 * 4096 + 500);
    fs.writeFileSync(file, bytes);
    const err = await t.fail('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(err.code).toBe('WORKSPACE_DAMAGED');
    expect(t.core.workspace.lastOpenChecked).toBe(true);
  });

  it('checks on every cold open, and after a wrong passphrase at unlock', async () => {
    await fill();
    const file = (await t.call('workspace:status', {})).path!;
    await t.call('workspace:lock', {});
    expect((await t.fail('workspace:unlock', { passphrase: 'wrong-passphrase-123456' })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    await t.call('workspace:unlock', { passphrase: STRONG_PASSPHRASE });
    expect(t.core.workspace.lastOpenChecked).toBe(true);
    await t.call('workspace:close', {});
    await t.call('workspace:open', { path: file, passphrase: STRONG_PASSPHRASE });
    expect(t.core.workspace.lastOpenChecked).toBe(true);
  });
});
