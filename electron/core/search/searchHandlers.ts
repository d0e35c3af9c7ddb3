/** The search slice of the contract: one read-only channel over the full-text index. */
import type { searchContract } from '../../../shared/contract/search';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { searchIndex } from './searchQuery';

export function searchHandlers(
  workspace: WorkspaceService,
): HandlerSlice<keyof typeof searchContract> {
  return {
    'search:query': (input) => workspace.read((db) => searchIndex(db, input)),
  };
}
