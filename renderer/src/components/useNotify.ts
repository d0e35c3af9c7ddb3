/**
 * Notifications with translated close buttons. Success and info are polite (role=status);
 * only errors interrupt (role=alert).
 */
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from './errorMessage';

export function useNotify() {
  const { t } = useTranslation();
  return useMemo(() => {
    const closeButtonProps = { 'aria-label': t('common.closeNotification') };
    return {
      success(title: string, message: string) {
        notifications.show({ title, message, color: 'teal', role: 'status', closeButtonProps });
      },
      info(title: string, message: string) {
        notifications.show({ title, message, color: 'gray', role: 'status', closeButtonProps });
      },
      error(error: unknown) {
        notifications.show({
          title: t('errors.title'),
          message: translateError(t, error),
          color: 'red',
          closeButtonProps,
        });
      },
    };
  }, [t]);
}
