/**
 * Where one agency stands in a round of update forms: returned (its form was imported), late
 * (not returned and the reply date is past), awaited, or — once the round is closed — not
 * returned. Said in words and with an icon, so the state never rests on colour alone.
 */
import { Badge } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleMinus,
  IconClock,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { replyState, type AgencyReply, type ReplyState } from './replyState';
import type { TranslationKey } from '../../i18n/keys';

const LOOK = {
  returned: { color: 'teal', variant: 'light', Icon: IconCircleCheck },
  late: { color: 'red', variant: 'filled', Icon: IconAlertTriangle },
  waiting: { color: 'gray', variant: 'light', Icon: IconClock },
  missed: { color: 'gray', variant: 'outline', Icon: IconCircleMinus },
} as const;

const WORDS: Record<ReplyState, TranslationKey> = {
  returned: 'roundTrip.responses.returned',
  late: 'roundTrip.responses.late',
  waiting: 'roundTrip.responses.waiting',
  missed: 'bodyDetail.updateForms.missed',
};

export function ReplyBadge({
  agency,
  roundClosed = false,
}: {
  agency: AgencyReply;
  roundClosed?: boolean;
}) {
  const { t } = useTranslation();
  const state = replyState(agency, roundClosed);
  const { color, variant, Icon } = LOOK[state];
  return (
    <Badge
      size="sm"
      variant={variant}
      color={color}
      leftSection={<Icon size={12} aria-hidden />}
      data-reply={state}
    >
      {t(WORDS[state])}
    </Badge>
  );
}
