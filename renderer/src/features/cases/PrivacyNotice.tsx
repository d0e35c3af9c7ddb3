/** The standing reminder shown wherever someone types about a case. */
import { Alert } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function PrivacyNotice() {
  const { t } = useTranslation();
  return (
    <Alert
      variant="light"
      color="orange"
      icon={<IconShieldLock size={20} aria-hidden />}
      title={t('cases.privacy.title')}
    >
      {t('cases.privacy.notice')}
    </Alert>
  );
}
