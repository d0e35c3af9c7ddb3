/**
 * Opens the demo workspace (generated on first use), closing the open one after its pending
 * saves are flushed, and tells its fixed passphrase (needed to unlock it after auto-lock).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { useNotify } from '../../components/useNotify';
import { flushPendingSaves } from './pendingSaves';
import { applyWorkspaceStatus } from './workspaceQueries';

export function useOpenDemo() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notify = useNotify();
  return useMutation({
    mutationFn: async () => {
      await flushPendingSaves();
      return call('demo:open', {});
    },
    onSuccess: ({ passphrase, ...status }) => {
      applyWorkspaceStatus(queryClient, status);
      notify.info(t('welcome.demo.title'), t('welcome.demo.opened', { passphrase }));
    },
  });
}
