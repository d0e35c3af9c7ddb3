/** Full-text search across minutes, decisions, actions, agencies, the NAP and cases. */
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function SearchPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('search.title')} subtitle={t('search.subtitle')} />
      <EmptyState
        icon={<IconSearch size={36} stroke={1.5} aria-hidden />}
        title={t('search.empty.title')}
        description={t('search.empty.description')}
      />
    </>
  );
}
