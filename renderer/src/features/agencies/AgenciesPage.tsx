/** The participating agencies, their roles under the 4P pillars and their focal points. */
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function AgenciesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('agencies.title')} subtitle={t('agencies.subtitle')} />
      <EmptyState
        icon={<IconBuildingCommunity size={36} stroke={1.5} aria-hidden />}
        title={t('agencies.empty.title')}
        description={t('agencies.empty.description')}
      />
    </>
  );
}
