/**
 * `nap:importCommit`: the plan of the preview written in one transaction, or nothing — a row
 * error, an agency choice naming no agency, a duplicate code or too many pillars refuse the
 * whole file. Agencies: the user's choice per agency text (an agency of the register, a new one
 * to create, or to ignore), else the register match; unmatched texts without a choice are left
 * out and counted.
 */
import type {
  NapActivityDraft,
  NapCounts,
  NapImportCommitInput,
  NapImportPreview,
  NapIndicatorDraft,
  NapPlanDraft,
} from '../../../shared/contract/nap';
import { NAP_MAX_PILLARS } from '../../../shared/domain/nap';
import { DomainError } from '../../../shared/errors';
import { IsNull } from 'typeorm';
import { AgencyEntity, type AgencyRow } from '../db/entities/agencies';
import { NapActivityEntity, NapObjectiveEntity } from '../db/entities/nap';
import { NapIndicatorEntity } from '../db/entities/napMeasurements';
import { insertRows, newId, textKey, type WritableDB, type ReadableDB } from '../db/sql';
import { createAgency } from '../agencies/agencyCommands';
import { indicatorColumns } from './napPlanRows';
import { previewNapImport } from './import/previewNapImport';
import { setActivityAgencies } from './napActivities';
import { insertPillar, insertPlan } from './napPlans';

export async function agencyRegister(
  db: ReadableDB,
): Promise<Pick<AgencyRow, 'id' | 'name' | 'acronym'>[]> {
  return db.getRepository(AgencyEntity).find({
    select: { id: true, name: true, acronym: true },
    where: { archivedAt: IsNull() },
    order: { nameKey: 'ASC' },
  });
}

/** Agency text → agency id (or null: left out), creating the agencies the user asked for. */
async function resolveAgencies(
  db: WritableDB,
  preview: NapImportPreview,
  choices: NapImportCommitInput['agencyChoices'],
  at: string,
): Promise<Map<string, string | null>> {
  const resolved = new Map<string, string | null>();
  const created = new Map<string, string>();
  for (const match of preview.agencies) {
    const choice = choices?.[match.text];
    if (!choice) {
      resolved.set(match.text, match.agencyId);
    } else if ('agencyId' in choice) {
      const found = await db.getRepository(AgencyEntity).existsBy({ id: choice.agencyId });
      if (!found) {
        throw new DomainError(
          'VALIDATION',
          `No agency of the register is chosen for “${match.text}”.`,
          {
            field: 'agencyChoices',
            text: match.text,
          },
        );
      }
      resolved.set(match.text, choice.agencyId);
    } else if ('create' in choice) {
      const key = textKey(choice.create.name);
      let id = created.get(key);
      if (!id) {
        const agency = await createAgency(
          db,
          { name: choice.create.name, acronym: choice.create.acronym ?? '', kind: 'other' },
          at,
        );
        id = agency.id;
        created.set(key, id);
      }
      resolved.set(match.text, id);
    } else {
      resolved.set(match.text, null);
    }
  }
  return resolved;
}

/** The plan's dates: a year range in its title ("2026–2030"), else what its activities span. */
function planSpan(title: string, plan: NapPlanDraft, today: string) {
  const years = [...title.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  if (years.length >= 2) {
    return { startDate: `${Math.min(...years)}-01-01`, endDate: `${Math.max(...years)}-12-31` };
  }
  const activities = plan.pillars.flatMap((p) => p.objectives).flatMap((o) => o.activities);
  const starts = activities.map((a) => a.start).filter((d): d is string => !!d);
  const ends = activities.map((a) => a.end).filter((d): d is string => !!d);
  const first = years[0] ?? Number((starts.sort()[0] ?? today).slice(0, 4));
  const last = Math.max(first, Number((ends.sort().at(-1) ?? `${first}`).slice(0, 4)));
  return { startDate: `${first}-01-01`, endDate: `${last}-12-31` };
}

function assertCommittable(preview: NapImportPreview): void {
  if (preview.rowErrors.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `${preview.rowErrors.length} row error(s) must be fixed before the import.`,
      { field: 'mapping', rowErrors: preview.rowErrors.slice(0, 200) },
    );
  }
  if (preview.counts.activities === 0) {
    throw new DomainError('VALIDATION', 'No activity was found in the file.', { field: 'mapping' });
  }
  if (preview.counts.pillars > NAP_MAX_PILLARS) {
    throw new DomainError(
      'VALIDATION',
      `The file has ${preview.counts.pillars} pillars; a plan has ${NAP_MAX_PILLARS} at most.`,
      { field: 'mapping' },
    );
  }
  const codes = new Set<string>();
  for (const a of preview.activities) {
    if (codes.has(a.code)) {
      throw new DomainError('DUPLICATE', `Activity ${a.code} appears twice in the file.`, {
        field: 'code',
        code: a.code,
      });
    }
    codes.add(a.code);
  }
}

async function insertIndicators(
  db: WritableDB,
  planId: string,
  owner: { objectiveId: string | null; activityId: string | null },
  list: NapIndicatorDraft[],
): Promise<void> {
  if (list.length === 0) return;
  await insertRows(
    db,
    NapIndicatorEntity,
    list.map((i, position) => ({
      id: newId(),
      planId,
      ...owner,
      ...indicatorColumns(i),
      position,
    })),
  );
}

/** The register ids of a cell's agencies, each once, leaving out those set aside. */
function agencyIds(list: NapActivityDraft['leadAgencies'], agencies: Map<string, string | null>) {
  const ids = list
    .map((a) => (agencies.has(a.text) ? agencies.get(a.text) : a.agencyId))
    .filter((id) => !!id);
  return [...new Set(ids as string[])];
}

async function insertActivity(
  db: WritableDB,
  planId: string,
  objectiveId: string,
  position: number,
  a: NapActivityDraft,
  agencies: Map<string, string | null>,
  at: string,
): Promise<void> {
  const id = newId();
  await insertRows(db, NapActivityEntity, {
    id,
    planId,
    objectiveId,
    code: a.code,
    text: a.text,
    timeframe: a.timeframe,
    startDate: a.start,
    endDate: a.end,
    budgetAmount: a.budgetAmount,
    currency: a.currency,
    budgetText: a.budgetText,
    fundingSource: a.fundingSource,
    status: a.status,
    statusReason: '',
    position,
    createdAt: at,
    updatedAt: at,
  });
  const lead = agencyIds(a.leadAgencies, agencies);
  const supporting = agencyIds(a.supportingAgencies, agencies).filter((s) => !lead.includes(s));
  await setActivityAgencies(db, id, lead, supporting);
  await insertIndicators(db, planId, { objectiveId: null, activityId: id }, a.indicators);
}

export async function commitNapImport(
  db: WritableDB,
  input: NapImportCommitInput,
  stamp: { at: string; today: string },
): Promise<{ planId: string; counts: NapCounts }> {
  const { planTitle, agencyChoices, ...previewInput } = input;
  const preview = await previewNapImport(previewInput, await agencyRegister(db));
  assertCommittable(preview);
  const agencies = await resolveAgencies(db, preview, agencyChoices, stamp.at);
  const planId = await insertPlan(
    db,
    { title: planTitle, status: 'active', ...planSpan(planTitle, preview.plan, stamp.today) },
    stamp.at,
  );
  for (const [p, pillar] of preview.plan.pillars.entries()) {
    const pillarId = await insertPillar(db, planId, { ...pillar, position: p });
    for (const [o, objective] of pillar.objectives.entries()) {
      const objectiveId = newId();
      await insertRows(db, NapObjectiveEntity, {
        id: objectiveId,
        pillarId,
        code: objective.code,
        name: objective.name,
        position: o,
      });
      await insertIndicators(db, planId, { objectiveId, activityId: null }, objective.indicators);
      for (const [position, activity] of objective.activities.entries()) {
        await insertActivity(db, planId, objectiveId, position, activity, agencies, stamp.at);
      }
    }
  }
  return { planId, counts: preview.counts };
}
