/** The agency register: "Register" (the list) and "Who does what" (the 4P matrix) tabs. */
import { Button, Tabs } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { AgencyFormModal } from './AgencyFormModal';
import { AgencyRegister } from './AgencyRegister';
import { PillarMatrix } from './PillarMatrix';

export function AgenciesPage({ tab }: { tab: 'register' | 'matrix' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        subtitle={t('agencies.subtitle')}
        actions={
          <>
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('agencies.actions.add')}
            </Button>
            <Button
              component={Link}
              to="/agencies/import"
              variant="default"
              leftSection={<IconFileImport size={18} aria-hidden />}
            >
              {t('agencies.actions.import')}
            </Button>
          </>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => void navigate(value === 'matrix' ? '/agencies/matrix' : '/agencies')}
        keepMounted={false}
        mb="md"
      >
        <Tabs.List aria-label={t('agencies.tabs.label')}>
          <Tabs.Tab value="register">{t('agencies.tabs.register')}</Tabs.Tab>
          <Tabs.Tab value="matrix">{t('agencies.tabs.matrix')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="register" pt="md">
          <AgencyRegister onAdd={() => setAdding(true)} />
        </Tabs.Panel>
        <Tabs.Panel value="matrix" pt="md">
          <PillarMatrix />
        </Tabs.Panel>
      </Tabs>
      <AgencyFormModal
        opened={adding}
        onClose={() => setAdding(false)}
        onSaved={(agency) => void navigate(`/agencies/${agency.id}`)}
      />
    </>
  );
}
