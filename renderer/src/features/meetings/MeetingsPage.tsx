/** Meetings of the task force and its bodies: agendas, attendance, notes, decisions and minutes. */
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function MeetingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('meetings.title')} subtitle={t('meetings.subtitle')} />
      <EmptyState
        icon={<IconCalendarEvent size={36} stroke={1.5} aria-hidden />}
        title={t('meetings.empty.title')}
        description={t('meetings.empty.description')}
      />
    </>
  );
}
