/**
 * The setup checklist of a new workspace: one small existence check per step, read from the
 * data itself so a step ticks however it was done (checklist, menu, import, demo).
 */
import type { DashboardSetup, SetupStep } from '../../../shared/contract/dashboard';
import { SETUP_STEPS } from '../../../shared/contract/dashboard';
import { one, type ReadableDB } from '../db/sql';

const exists = async (db: ReadableDB, sql: string) =>
  (await one<{ yes: number }>(db, `SELECT EXISTS (${sql}) AS yes`))?.yes === 1;

export async function dashboardSetup(db: ReadableDB): Promise<DashboardSetup> {
  const done: Record<SetupStep, boolean> = {
    settings:
      (await exists(db, "SELECT 1 FROM workspace_settings WHERE trim(letterhead_text) <> ''")) ||
      (await exists(db, 'SELECT 1 FROM letterhead_logo')),
    agencies: await exists(db, 'SELECT 1 FROM agencies WHERE archived_at IS NULL'),
    body: await exists(db, 'SELECT 1 FROM bodies'),
    meeting: await exists(db, 'SELECT 1 FROM meetings'),
    invitation:
      (await exists(db, "SELECT 1 FROM meetings WHERE status <> 'draft'")) ||
      (await exists(db, "SELECT 1 FROM circulations WHERE kind = 'agenda'")),
  };
  const body = await one<{ id: string }>(
    db,
    'SELECT id FROM bodies ORDER BY created_at, name LIMIT 1',
  );
  const meeting = await one<{ id: string }>(
    db,
    "SELECT id FROM meetings WHERE status = 'draft' ORDER BY date, number LIMIT 1",
  );
  return {
    steps: SETUP_STEPS.map((step) => ({ step, done: done[step] })),
    complete: SETUP_STEPS.every((step) => done[step]),
    bodyId: body?.id ?? null,
    meetingId: meeting?.id ?? null,
  };
}
