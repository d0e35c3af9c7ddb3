/** Locks the workspace: the core closes the database and the renderer drops its cached data. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api';
import { applyWorkspaceStatus } from './workspaceQueries';

export function useLockWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call('workspace:lock', {}),
    onSuccess: (status) => applyWorkspaceStatus(queryClient, status),
  });
}
