/**
 * One meeting: header with its workflow, then the agenda, attendance, minutes, decisions and the
 * actions agreed at it.
 */
import { Anchor, Group, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AttendanceTab } from './AttendanceTab';
import { DecisionsTab } from './DecisionsTab';
import { LockedBanner } from './LockedBanner';
import { MeetingActionsTab } from './MeetingActionsTab';
import { MeetingHeader } from './MeetingHeader';
import { useMeetingDetail } from '../../app/meetings/meetingQueries';
import { MinutesTab } from './MinutesTab';
import { lazyComponent } from '../../components/lazyComponent';

const AgendaTab = lazyComponent(() => import('./AgendaTab').then((m) => m.AgendaTab));

const TABS = ['agenda', 'attendance', 'minutes', 'decisions', 'actions'] as const;
type Tab = (typeof TABS)[number];
const PANELS: Record<Tab, ComponentType<{ meeting: MeetingDetail }>> = {
  agenda: AgendaTab,
  attendance: AttendanceTab,
  minutes: MinutesTab,
  decisions: DecisionsTab,
  actions: MeetingActionsTab,
};

export function MeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '', tab: rawTab } = useParams();
  const tab: Tab = (TABS as readonly string[]).includes(rawTab ?? '') ? (rawTab as Tab) : 'agenda';
  const detail = useMeetingDetail(id);

  if (detail.isPending) return <CenteredLoader minHeight={300} />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const meeting = detail.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/meetings" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('meetings.header.back')}
        </Group>
      </Anchor>
      <MeetingHeader meeting={meeting} />
      {meeting.locked ? <LockedBanner meeting={meeting} /> : null}
      <Tabs
        value={tab}
        onChange={(value) =>
          void navigate(`/meetings/${id}/${value ?? 'agenda'}`, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('meetings.tabs.label')}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`meetings.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((value) => {
          const Panel = PANELS[value];
          return (
            <Tabs.Panel key={value} value={value} pt="md">
              <Panel meeting={meeting} />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
