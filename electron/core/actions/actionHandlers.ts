/** The actions slice of the contract, bound to the open workspace and the core's clock. */
import type { actionsContract } from '../../../shared/contract/actions';
import { ActionEntity } from '../db/entities/actions';
import type { ReadableDB } from '../db/sql';
import { guardSave } from '../privacy/saveGuard';
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
import { deleteFilter, listSavedFilters, saveFilter, setDefaultFilter } from './savedFilters';

/** The meeting that raised an action (its texts are read in that meeting's language). */
async function originMeeting(db: ReadableDB, actionId: string) {
  return (
    await db
      .getRepository(ActionEntity)
      .findOne({ select: { id: true, meetingId: true }, where: { id: actionId } })
  )?.meetingId;
}

const TEXT_FIELDS = ['title', 'description', 'note'];

export function actionHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof actionsContract> {
  const stamp = (): Stamp => {
    const at = now();
    return { at: at.toISOString(), today: workspace.dayOf(at) };
  };
  const today = () => workspace.dayOf(now());
  return {
    'actions:list': (input) => workspace.read((db) => listActions(db, input, today())),
    'actions:get': ({ id }) => workspace.read((db) => getAction(db, id, today())),
    // The guards run after the command, in its transaction: a refusal leaves nothing written,
    // and a missing record or a wrong field is reported as such first.
    'actions:create': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        const id = await createAction(db, input, s);
        await guardSave(
          db,
          { title: input.title, description: input.description },
          { meetingId: await originMeeting(db, id) },
          input.privacyOverride,
          TEXT_FIELDS,
        );
        return getAction(db, id, s.today);
      }),
    'actions:update': ({ id, patch, privacyOverride }) =>
      workspace.write(async (db) => {
        const s = stamp();
        await updateAction(db, id, patch, s);
        await guardSave(
          db,
          { title: patch.title, description: patch.description },
          { meetingId: await originMeeting(db, id) },
          privacyOverride,
          TEXT_FIELDS,
        );
        return getAction(db, id, s.today);
      }),
    'actions:addUpdate': (input) =>
      workspace.write(async (db) => {
        const s = stamp();
        await addActionUpdate(db, input, s);
        await guardSave(
          db,
          input.note,
          { meetingId: input.meetingId ?? (await originMeeting(db, input.actionId)) },
          input.privacyOverride,
          TEXT_FIELDS,
        );
        return getAction(db, input.actionId, s.today);
      }),
    'actions:bulkSetStatus': (input) =>
      workspace.write(async (db) => {
        const done = await bulkSetStatus(db, input, stamp());
        await guardSave(db, input.note, {}, input.privacyOverride, TEXT_FIELDS);
        return done;
      }),
    'actions:savedFilters': () => workspace.read((db) => listSavedFilters(db)),
    'actions:saveFilter': (input) => workspace.write((db) => saveFilter(db, input, stamp().at)),
    'actions:deleteFilter': ({ id }) => workspace.write((db) => deleteFilter(db, id)),
    'actions:setDefaultFilter': ({ id }) => workspace.write((db) => setDefaultFilter(db, id)),
  };
}
