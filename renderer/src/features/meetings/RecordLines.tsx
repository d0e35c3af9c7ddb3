/**
 * Under the meeting's title, what the record says about it: held early, the latest
 * circulation of the agenda and of the draft minutes (when, to how many), and the adoption.
 */
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { formatDay } from '../../components/formatDay';
import { workspaceDayOf } from '../../components/workspaceDay';

export function RecordLines({ meeting }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDay(workspaceDayOf(iso), i18n.language);
  const latest = (['agenda', 'draft_minutes'] as const).flatMap((kind) => {
    const found = meeting.circulations.find((c) => c.kind === kind);
    return found ? [found] : [];
  });
  const approval = meeting.approval;
  const lines = [
    meeting.heldEarly ? t('meetings.circulation.heldEarly') : '',
    ...latest.map((c) =>
      t('meetings.circulation.line', {
        what: t(`meetings.circulation.kinds.${c.kind}`),
        date: day(c.circulatedAt),
        count: c.recipients.length,
      }),
    ),
    approval
      ? approval.adoptedAt
        ? t('meetings.circulation.adoptedAt', {
            meeting: approval.adoptedAt.title,
            date: day(approval.date),
          })
        : t('meetings.circulation.adopted', { date: day(approval.date) })
      : '',
  ].filter(Boolean);
  if (lines.length === 0) return null;
  return (
    <Text size="sm" c="dimmed" data-testid="meeting-record">
      {lines.join(' · ')}
    </Text>
  );
}
