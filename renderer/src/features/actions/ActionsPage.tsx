/** Action items agreed in meetings, followed up by agency, due date and progress. */
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ActionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('actions.title')} subtitle={t('actions.subtitle')} />
      <EmptyState
        icon={<IconChecklist size={36} stroke={1.5} aria-hidden />}
        title={t('actions.empty.title')}
        description={t('actions.empty.description')}
      />
    </>
  );
}
