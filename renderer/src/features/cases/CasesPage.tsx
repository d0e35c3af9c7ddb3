/**
 * Anonymised case records (restricted): the register with its filters, the cross-case view of
 * pending cooperation requests, and the retention review. The tab and filters live in the URL.
 */
import { Button, Tabs } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { CaseFormModal } from './CaseFormModal';
import { CaseRegister } from './CaseRegister';
import { CaseStatistics } from './CaseStatistics';
import { PendingCooperation } from './PendingCooperation';
import { RetentionReview } from './RetentionReview';

const VIEWS = ['register', 'pending', 'statistics', 'retention'] as const;

export function CasesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const view = isOneOf(VIEWS, params.get('view')) ? params.get('view')! : 'register';
  const [creating, setCreating] = useState(false);
  // A tab starts clean: filters of one view mean nothing in another.
  const setView = (next: string | null) =>
    void navigate(next && next !== 'register' ? `/cases?view=${next}` : '/cases', {
      replace: true,
    });

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        subtitle={t('cases.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('cases.new')}
          </Button>
        }
      />
      <Tabs value={view} onChange={setView} keepMounted={false}>
        <Tabs.List aria-label={t('cases.views.label')} mb="md">
          <Tabs.Tab value="register">{t('cases.views.register')}</Tabs.Tab>
          <Tabs.Tab value="pending">{t('cases.views.pending')}</Tabs.Tab>
          <Tabs.Tab value="statistics">{t('cases.views.statistics')}</Tabs.Tab>
          <Tabs.Tab value="retention">{t('cases.views.retention')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register">
          <CaseRegister onCreate={() => setCreating(true)} />
        </Tabs.Panel>
        <Tabs.Panel value="pending">
          <PendingCooperation />
        </Tabs.Panel>
        <Tabs.Panel value="statistics">
          <CaseStatistics />
        </Tabs.Panel>
        <Tabs.Panel value="retention">
          <RetentionReview />
        </Tabs.Panel>
      </Tabs>
      <CaseFormModal
        opened={creating}
        detail={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => void navigate(`/cases/${saved.id}`)}
      />
    </>
  );
}
