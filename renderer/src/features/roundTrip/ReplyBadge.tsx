/**
 * Where one agency stands in a round of update forms: returned (its form was imported), late
 * (not returned and the reply date is past) or awaited. Said in words and with an icon, so
 * the state never rests on colour alone.
 */
import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RoundStatus } from '../../../../shared/contract/roundTrip';

type AgencyReply = Pick<RoundStatus['agencies'][number], 'returnedAt' | 'late'>;

export type ReplyState = 'returned' | 'late' | 'waiting';

export function replyState(agency: AgencyReply): ReplyState {
  if (agency.returnedAt !== null) return 'returned';
  return agency.late ? 'late' : 'waiting';
}

const LOOK = {
  returned: { color: 'teal', Icon: IconCircleCheck },
  late: { color: 'red', Icon: IconAlertTriangle },
  waiting: { color: 'gray', Icon: IconClock },
} as const;

export function ReplyBadge({ agency }: { agency: AgencyReply }) {
  const { t } = useTranslation();
  const state = replyState(agency);
  const { color, Icon } = LOOK[state];
  return (
    <Badge
      size="sm"
      variant={state === 'late' ? 'filled' : 'light'}
      color={color}
      leftSection={<Icon size={12} aria-hidden />}
      data-reply={state}
    >
      {t(`roundTrip.responses.${state}`)}
    </Badge>
  );
}
