/** The National Action Plan: pillars, objectives, activities and indicators. */
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function NapPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nap.title')} subtitle={t('nap.subtitle')} />
      <EmptyState
        icon={<IconTargetArrow size={36} stroke={1.5} aria-hidden />}
        title={t('nap.empty.title')}
        description={t('nap.empty.description')}
      />
    </>
  );
}
