/** The search slice of the contract: one read-only channel over the full-text index. */
import type { searchContract } from '../../../shared/contract/search';
import { rawConnection } from '../db/dataSource';
import type { HandlerSlice } from '../handlers';
import type { WorkspaceService } from '../workspace/workspaceService';
import { searchIndex } from './searchQuery';

export function searchHandlers(
  workspace: WorkspaceService,
): HandlerSlice<keyof typeof searchContract> {
  return {
    // On the raw connection (prepared statements kept): the search runs on every keystroke.
    'search:query': (input) =>
      workspace.read(async () => searchIndex(rawConnection(workspace.dataSource()), input)),
  };
}
