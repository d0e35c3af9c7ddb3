/**
 * Locks the workspace: pending saves are flushed first, then the core closes the database and
 * the renderer drops its cached data.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api';
import { flushPendingSaves } from './pendingSaves';
import { applyWorkspaceStatus } from './workspaceQueries';

export function useLockWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await flushPendingSaves();
      return call('workspace:lock', {});
    },
    onSuccess: (status) => applyWorkspaceStatus(queryClient, status),
  });
}
