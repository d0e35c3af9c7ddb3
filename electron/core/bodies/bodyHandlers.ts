/** The bodies slice of the contract, bound to the open workspace. */
import type { bodiesContract } from '../../../shared/contract/bodies';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { createBody, getBody, listBodies, updateBody } from './bodyService';

export function bodyHandlers(
  workspace: WorkspaceService,
  now: () => Date,
): HandlerSlice<keyof typeof bodiesContract> {
  const stamp = () => now().toISOString();
  return {
    'bodies:list': () => workspace.read((db) => listBodies(db)),
    'bodies:get': ({ id }) => workspace.read((db) => getBody(db, id)),
    'bodies:create': (input) => workspace.write((db) => createBody(db, input, stamp())),
    'bodies:update': ({ id, patch }) => workspace.write((db) => updateBody(db, id, patch, stamp())),
  };
}
