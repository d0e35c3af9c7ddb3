/** Small badges of the case module: a case's stage, a request's status and days pending. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStage, CooperationStatus } from '../../../../shared/domain/cases';

const STAGE_COLORS: Record<CaseStage, string> = {
  identification: 'gray',
  referral: 'blue',
  assistance: 'cyan',
  investigation: 'violet',
  prosecution: 'grape',
  return_reintegration: 'teal',
  closed: 'dark',
};

const STATUS_COLORS: Record<CooperationStatus, string> = {
  drafting: 'gray',
  sent: 'blue',
  acknowledged: 'cyan',
  executed: 'teal',
  refused: 'red',
  withdrawn: 'dark',
};

export function StageBadge({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STAGE_COLORS[stage]} miw="max-content">
      {t(`cases.vocab.stages.${stage}`)}
    </Badge>
  );
}

export function CooperationStatusBadge({ status }: { status: CooperationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} miw="max-content">
      {t(`cases.vocab.statuses.${status}`)}
    </Badge>
  );
}

/** "42 days pending", red with an "Overdue" badge past the workspace threshold. */
export function DaysPending({ days, overdue }: { days: number | null; overdue: boolean }) {
  const { t } = useTranslation();
  if (days === null) return null;
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="outline" color={overdue ? 'red' : 'gray'} miw="max-content">
        {t('cases.cooperation.daysPending', { count: days })}
      </Badge>
      {overdue ? (
        <Badge color="red" miw="max-content">
          {t('cases.cooperation.overdue')}
        </Badge>
      ) : null}
    </Group>
  );
}
