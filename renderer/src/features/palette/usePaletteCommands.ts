/**
 * What the palette can do besides searching: create a meeting or an action, export the minutes
 * of the last meeting that has them, open the demo, lock, and go to each screen.
 */
import {
  IconCalendarPlus,
  IconFileExport,
  IconLock,
  IconPlayerPlay,
  IconPlus,
  type TablerIcon,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MeetingSummary } from '../../../../shared/contract/meetings';
import { call } from '../../api';
import { useNotify } from '../../components/useNotify';
import { FOOTER_NAV_ITEMS, MODULE_NAV_ITEMS } from '../../app/navigation';
import { meetingKeys } from '../../app/meetings/meetingQueries';
import { useLockWorkspace } from '../../app/workspace/useLockWorkspace';
import { useOpenDemo } from '../../app/workspace/useOpenDemo';
import { NEW_ACTION_PATH, NEW_MEETING_PATH } from '../../app/useNewRequest';
import { lastMeetingWithMinutes, type PaletteCommand } from './paletteModel';

export interface PaletteCommandItem extends PaletteCommand {
  icon: TablerIcon;
}

export function usePaletteCommands(onExportMinutes: (meeting: MeetingSummary) => void) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const lock = useLockWorkspace();
  const demo = useOpenDemo();

  const exportLastMinutes = async () => {
    try {
      const { items } = await queryClient.fetchQuery({
        queryKey: meetingKeys.list({}),
        queryFn: () => call('meetings:list', {}),
      });
      const meeting = lastMeetingWithMinutes(items);
      if (meeting) onExportMinutes(meeting);
      else notify.info(t('palette.commands.exportMinutes'), t('palette.noMinutes'));
    } catch (error) {
      notify.error(error);
    }
  };

  const commands: PaletteCommandItem[] = [
    {
      id: 'new-meeting',
      label: t('palette.commands.newMeeting'),
      keywords: ['meeting', 'create'],
      icon: IconCalendarPlus,
      run: () => void navigate(NEW_MEETING_PATH),
    },
    {
      id: 'new-action',
      label: t('palette.commands.newAction'),
      keywords: ['action', 'create', 'task'],
      icon: IconPlus,
      run: () => void navigate(NEW_ACTION_PATH),
    },
    {
      id: 'export-minutes',
      label: t('palette.commands.exportMinutes'),
      keywords: ['minutes', 'export', 'word'],
      icon: IconFileExport,
      run: () => void exportLastMinutes(),
    },
    {
      id: 'open-demo',
      label: t('palette.commands.openDemo'),
      keywords: ['demo'],
      icon: IconPlayerPlay,
      run: () => demo.mutate(undefined, { onError: (error) => notify.error(error) }),
    },
    {
      id: 'lock',
      label: t('palette.commands.lock'),
      keywords: ['lock'],
      icon: IconLock,
      run: () => lock.mutate(undefined, { onError: (error) => notify.error(error) }),
    },
    ...[...MODULE_NAV_ITEMS, ...FOOTER_NAV_ITEMS].map((item) => ({
      id: `go:${item.path}`,
      label: t('palette.goTo', { screen: t(item.labelKey) }),
      keywords: [item.path.slice(1)],
      icon: item.icon,
      run: () => void navigate(item.path),
    })),
  ];
  return commands;
}
