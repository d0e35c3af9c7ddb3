/**
 * Workspace state in the query cache: the status query, the core's change events, and the
 * rule that the renderer drops every cached record whenever the workspace is not open.
 */
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call, onEvent } from '../../api';
import { setWorkspaceCalendar } from '../../components/workspaceDay';
import { workspaceStatusSchema, type WorkspaceStatus } from '../../../../shared/contract/workspace';

export const workspaceKeys = {
  status: ['workspace', 'status'] as const,
  settings: ['workspace', 'settings'] as const,
  recent: ['workspace', 'recent'] as const,
  passphraseStrength: (passphrase: string, context: string[]) =>
    ['workspace', 'passphraseStrength', passphrase, context] as const,
};

function isStatusKey(key: readonly unknown[]): boolean {
  return key.length === 2 && key[0] === 'workspace' && key[1] === 'status';
}

/**
 * Forgets everything shown from the workspace: cached queries (except the status itself),
 * mutations with their variables, and notifications still on screen.
 */
export function dropWorkspaceData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => !isStatusKey(query.queryKey) });
  queryClient.getMutationCache().clear();
  notifications.clean();
  setWorkspaceCalendar({ timeZone: '', country: '' });
}

/**
 * Records a new status. Leaving the open state (lock, close) first drops everything the
 * renderer held; later repeats of the same status (the core's event after a call's own
 * result) drop nothing, so queries of the screen now shown are left alone.
 */
export function applyWorkspaceStatus(queryClient: QueryClient, status: WorkspaceStatus): void {
  const previous = queryClient.getQueryData<WorkspaceStatus>(workspaceKeys.status);
  if (previous?.state === 'open' && status.state !== 'open') dropWorkspaceData(queryClient);
  queryClient.setQueryData(workspaceKeys.status, status);
}

export function useWorkspaceStatus() {
  return useQuery({
    queryKey: workspaceKeys.status,
    queryFn: () => call('workspace:status', {}),
    staleTime: Infinity,
  });
}

/** Keeps the status in step with the core (lock from the menu, auto-lock, another window…). */
export function useWorkspaceEvents(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!window.coordina) return undefined;
    return onEvent('workspace:changed', (payload) => {
      const parsed = workspaceStatusSchema.safeParse(payload);
      if (!parsed.success) return;
      applyWorkspaceStatus(queryClient, parsed.data);
      // Settings changed elsewhere (another window, the host's API) reach this window too.
      if (parsed.data.state === 'open') {
        void queryClient.invalidateQueries({ queryKey: workspaceKeys.settings });
      }
    });
  }, [queryClient]);
}

/** The open workspace's settings (one query for every screen that needs them). */
export function useWorkspaceSettings() {
  return useQuery({
    queryKey: workspaceKeys.settings,
    queryFn: () => call('workspace:getSettings', {}),
  });
}

export function useRecentWorkspaces() {
  return useQuery({
    queryKey: workspaceKeys.recent,
    queryFn: () => call('workspace:recent', {}),
  });
}
