/** An activity's status as a coloured badge that always carries the word. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NapActivityStatus } from '../../../../shared/domain/nap';
import { ACTIVITY_STATUS_COLORS } from './napPaths';

export function NapStatusBadge({ status }: { status: NapActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={ACTIVITY_STATUS_COLORS[status]} variant="light" data-status={status}>
      {t(`nap.status.${status}`)}
    </Badge>
  );
}
