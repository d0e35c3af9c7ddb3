/** Backups of the open workspace in the query cache (dropped with everything else on lock). */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api';

export const backupKeys = {
  list: ['backups', 'list'] as const,
};

export function useBackupList() {
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backup:list', {}) });
}
