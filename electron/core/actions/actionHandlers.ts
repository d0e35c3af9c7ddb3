/** The actions slice of the contract, bound to the open workspace and the core's clock. */
import type { actionsContract } from '../../../shared/contract/actions';
import { isoDate } from '../db/sql';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import {
  addActionUpdate,
  bulkSetStatus,
  createAction,
  updateAction,
  type Stamp,
} from './actionCommands';
import { getAction, listActions } from './actionQueries';
import { deleteFilter, listSavedFilters, saveFilter } from './savedFilters';

export function actionHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof actionsContract> {
  const stamp = (): Stamp => {
    const at = now();
    return { at: at.toISOString(), today: isoDate(at) };
  };
  const today = () => isoDate(now());
  return {
    'actions:list': (input) => workspace.read((db) => listActions(db, input, today())),
    'actions:get': ({ id }) => workspace.read((db) => getAction(db, id, today())),
    'actions:create': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        return getAction(db, await createAction(db, input, s), s.today);
      }),
    'actions:update': ({ id, patch }) =>
      workspace.write(async (db) => {
        const s = stamp();
        await updateAction(db, id, patch, s);
        return getAction(db, id, s.today);
      }),
    'actions:addUpdate': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        await addActionUpdate(db, input, s);
        return getAction(db, input.actionId, s.today);
      }),
    'actions:bulkSetStatus': (input) => workspace.write((db) => bulkSetStatus(db, input, stamp())),
    'actions:savedFilters': () => workspace.read((db) => listSavedFilters(db)),
    'actions:saveFilter': (input) => workspace.write((db) => saveFilter(db, input, stamp().at)),
    'actions:deleteFilter': ({ id }) => workspace.write((db) => deleteFilter(db, id)),
  };
}
