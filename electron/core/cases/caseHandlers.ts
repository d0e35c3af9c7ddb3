/** The cases slice of the contract, bound to the open workspace, its settings and the clock. */
import type { casesContract } from '../../../shared/contract/cases';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { addDiscussion, createCase, purgeCases, updateCase, type CaseStamp } from './caseCommands';
import {
  getCase,
  getCooperation,
  getDiscussion,
  listCases,
  listCooperation,
  retentionCases,
} from './caseQueries';
import { createCooperation, updateCooperation } from './cooperationCommands';

export function caseHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof casesContract> {
  const stamp = (): CaseStamp => {
    const at = now();
    return { at: at.toISOString(), today: workspace.dayOf(at) };
  };
  const today = () => workspace.dayOf(now());
  const settings = () => workspace.currentSettings();
  const threshold = () => settings().cooperationPendingDays;
  return {
    'cases:list': (input) => workspace.read((db) => listCases(db, input, today())),
    'cases:get': ({ id }) => workspace.read((db) => getCase(db, id, today(), threshold())),
    'cases:create': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        const id = await createCase(db, input, settings().caseCodePrefix, s);
        return getCase(db, id, s.today, threshold());
      }),
    'cases:update': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        await updateCase(db, input, s);
        return getCase(db, input.id, s.today, threshold());
      }),
    'cases:addDiscussion': (input) =>
      workspace.write(async (db) => getDiscussion(db, await addDiscussion(db, input, stamp()))),
    'cooperation:list': (input) =>
      workspace.read(async (db) => ({
        items: await listCooperation(db, input, today(), threshold()),
        thresholdDays: threshold(),
      })),
    'cooperation:create': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        return getCooperation(db, await createCooperation(db, input, s), s.today, threshold());
      }),
    'cooperation:update': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        await updateCooperation(db, input, s);
        return getCooperation(db, input.id, s.today, threshold());
      }),
    'cases:retention': () =>
      workspace.read(async (db) => ({
        items: await retentionCases(db, today(), settings().caseRetentionYears),
        retentionYears: settings().caseRetentionYears,
      })),
    'cases:purge': ({ ids }) =>
      workspace.write((db) => purgeCases(db, ids, today(), settings().caseRetentionYears)),
  };
}
