/** Anonymised case discussions and cross-border cooperation requests (restricted). */
import { IconFileLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function CasesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('cases.title')} subtitle={t('cases.subtitle')} />
      <EmptyState
        icon={<IconFileLock size={36} stroke={1.5} aria-hidden />}
        title={t('cases.empty.title')}
        description={t('cases.empty.description')}
      />
    </>
  );
}
