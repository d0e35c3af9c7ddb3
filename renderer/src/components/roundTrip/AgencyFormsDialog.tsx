/**
 * The agency reporting round-trip, from the actions page: send each agency an update form with
 * its open actions, and bring the returned forms back in after a preview.
 */
import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../AppModal';
import { IssueFormsPanel } from './IssueFormsPanel';
import { ReturnedFormsPanel } from './ReturnedFormsPanel';

export function AgencyFormsDialog({
  opened,
  onClose,
  bodyId,
}: {
  opened: boolean;
  onClose: () => void;
  /** The body chosen when the dialog opens (from the body's page). */
  bodyId?: string;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t('roundTrip.title')}
      size="xl"
      confirmDiscard={false}
    >
      <Tabs defaultValue="issue" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="issue">{t('roundTrip.tabs.issue')}</Tabs.Tab>
          <Tabs.Tab value="returned">{t('roundTrip.tabs.returned')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="issue">
          <IssueFormsPanel initialBodyId={bodyId} />
        </Tabs.Panel>
        <Tabs.Panel value="returned">
          <ReturnedFormsPanel />
        </Tabs.Panel>
      </Tabs>
    </AppModal>
  );
}
