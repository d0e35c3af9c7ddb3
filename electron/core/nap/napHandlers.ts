/**
 * The NAP slice of the contract, bound to the open workspace and the core's clock. Every
 * change is one write (one transaction with its audit entry) that answers the changed node
 * as read back after the change.
 */
import { XLSX_MIME, type napContract, type NapPlanDetail } from '../../../shared/contract/nap';
import { DomainError } from '../../../shared/errors';
import { type ReadableDB } from '../db/sql';
import { letterheadOf } from '../exports/exportData';
import { exportFileName } from '../exports/fileNames';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { buildNapMatrixXlsx } from './export/buildNapMatrixXlsx';
import { previewNapImport } from './import/previewNapImport';
import { upsertActivity } from './napActivities';
import { agencyRegister, commitNapImport } from './napImportCommit';
import { planDraft } from './napMatrix';
import { removeNode, upsertObjective, upsertPillar } from './napNodes';
import { createPlan, listPlans, updatePlan } from './napPlans';
import { addMeasurement, addProgressUpdate, upsertIndicator } from './napRecords';
import { napSummary } from './napSummary';
import { loadPlanDetail, planOfNode } from './napTree';

type Tree = NapPlanDetail['pillars'];
const objectivesOf = (pillars: Tree) => pillars.flatMap((p) => p.objectives);
const activitiesOf = (pillars: Tree) => objectivesOf(pillars).flatMap((o) => o.activities);
const indicatorsOf = (pillars: Tree) =>
  objectivesOf(pillars).flatMap((o) => [
    ...o.indicators,
    ...o.activities.flatMap((a) => a.indicators),
  ]);

/** One node of a plan, read back as the contract shows it. */
function pick<T extends { id: string }>(list: T[], id: string): T {
  const node = list.find((n) => n.id === id);
  if (!node) throw new DomainError('NOT_FOUND', 'The record is gone.', { id });
  return node;
}

export function napHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof napContract> {
  const stamp = () => {
    const at = now();
    return { at: at.toISOString(), today: workspace.dayOf(at) };
  };
  const today = () => workspace.dayOf(now());
  const tree = async (db: ReadableDB, kind: Parameters<typeof planOfNode>[1], id: string) =>
    (await loadPlanDetail(db, await planOfNode(db, kind, id), today())).pillars;
  return {
    'nap:listPlans': () => workspace.read(async (db) => ({ items: await listPlans(db) })),
    'nap:getPlan': ({ id }) => workspace.read((db) => loadPlanDetail(db, id, today())),
    'nap:createPlan': (input) =>
      workspace.write(async (db) =>
        loadPlanDetail(db, await createPlan(db, input, stamp().at), today()),
      ),
    'nap:updatePlan': ({ id, patch }) =>
      workspace.write(async (db) => {
        await updatePlan(db, id, patch, stamp().at);
        return loadPlanDetail(db, id, today());
      }),
    'nap:upsertPillar': (input) =>
      workspace.write(async (db) => {
        const id = await upsertPillar(db, input);
        return pick(await tree(db, 'pillar', id), id);
      }),
    'nap:upsertObjective': (input) =>
      workspace.write(async (db) => {
        const id = await upsertObjective(db, input);
        return pick(objectivesOf(await tree(db, 'objective', id)), id);
      }),
    'nap:upsertActivity': (input) =>
      workspace.write(async (db) => {
        const id = await upsertActivity(db, input, stamp().at);
        return pick(activitiesOf(await tree(db, 'activity', id)), id);
      }),
    'nap:removeNode': ({ kind, id }) =>
      workspace.write(async (db) => {
        await removeNode(db, kind, id);
        return { kind, id };
      }),
    'nap:upsertIndicator': (input) =>
      workspace.write(async (db) => {
        const id = await upsertIndicator(db, input);
        return pick(indicatorsOf(await tree(db, 'indicator', id)), id);
      }),
    'nap:addMeasurement': (input) =>
      workspace.write(async (db) => {
        await addMeasurement(db, input, stamp());
        return pick(
          indicatorsOf(await tree(db, 'indicator', input.indicatorId)),
          input.indicatorId,
        );
      }),
    'nap:addProgressUpdate': (input) =>
      workspace.write(async (db) => {
        await addProgressUpdate(db, input, stamp().at);
        return pick(activitiesOf(await tree(db, 'activity', input.activityId)), input.activityId);
      }),
    'nap:summary': ({ planId, periodId }) =>
      workspace.read((db) => napSummary(db, planId, periodId, today())),
    'nap:importPreview': async (input) =>
      previewNapImport(input, await workspace.read((db) => agencyRegister(db))),
    'nap:importCommit': (input) => workspace.write((db) => commitNapImport(db, input, stamp())),
    'exports:napMatrix': async ({ planId }) => {
      const { plan, letterhead } = await workspace.read(async (db) => ({
        plan: await loadPlanDetail(db, planId, today()),
        letterhead: await letterheadOf(db),
      }));
      const bytes = await buildNapMatrixXlsx(planDraft(plan), letterhead);
      return {
        fileName: exportFileName('napMatrix', 'en', [plan.title]),
        mimeType: XLSX_MIME,
        data: bytes.toString('base64'),
        bytes: bytes.length,
      };
    },
  };
}
