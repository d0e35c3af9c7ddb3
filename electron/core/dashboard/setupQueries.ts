/**
 * The setup checklist of a new workspace: one small existence check per step, read from the
 * data itself so a step ticks however it was done (checklist, menu, import, demo).
 */
import { IsNull, Not, Raw } from 'typeorm';
import type { DashboardSetup, SetupStep } from '../../../shared/contract/dashboard';
import { SETUP_STEPS } from '../../../shared/contract/dashboard';
import { AgencyEntity } from '../db/entities/agencies';
import { BodyEntity } from '../db/entities/bodies';
import { LetterheadLogoEntity } from '../db/entities/letterhead';
import { CirculationEntity, MeetingEntity } from '../db/entities/meetings';
import { WorkspaceSettingsEntity } from '../db/entities/workspaceSettings';
import type { ReadableDB } from '../db/sql';

export async function dashboardSetup(db: ReadableDB): Promise<DashboardSetup> {
  const done: Record<SetupStep, boolean> = {
    settings:
      // SQLite's trim (spaces only), as before: a letterhead of only spaces is not one.
      (await db
        .getRepository(WorkspaceSettingsEntity)
        .existsBy({ letterheadText: Raw((column) => `trim(${column}) <> ''`) })) ||
      (await db.getRepository(LetterheadLogoEntity).exists()),
    agencies: await db.getRepository(AgencyEntity).existsBy({ archivedAt: IsNull() }),
    body: await db.getRepository(BodyEntity).exists(),
    meeting: await db.getRepository(MeetingEntity).exists(),
    invitation:
      (await db.getRepository(MeetingEntity).existsBy({ status: Not('draft') })) ||
      (await db.getRepository(CirculationEntity).existsBy({ kind: 'agenda' })),
  };
  const [body] = await db.getRepository(BodyEntity).find({
    select: { id: true },
    order: { createdAt: 'ASC', name: 'ASC' },
    take: 1,
  });
  const [meeting] = await db.getRepository(MeetingEntity).find({
    select: { id: true },
    where: { status: 'draft' },
    order: { date: 'ASC', number: 'ASC' },
    take: 1,
  });
  return {
    steps: SETUP_STEPS.map((step) => ({ step, done: done[step] })),
    complete: SETUP_STEPS.every((step) => done[step]),
    bodyId: body?.id ?? null,
    meetingId: meeting?.id ?? null,
  };
}
