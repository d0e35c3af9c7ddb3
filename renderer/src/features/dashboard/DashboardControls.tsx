/** The dashboard's scope: which body (or all) and the period of the rates. */
import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useBodyOptions } from '../../app/actions/actionOptions';
import { PERIODS, type DashboardScope } from './dashboardQuery';
import { DayInput } from '../../components/DayInput';

interface ControlsProps {
  scope: DashboardScope;
  onChange: (patch: Partial<DashboardScope>) => void;
}

export function DashboardControls({ scope, onChange }: ControlsProps) {
  const { t } = useTranslation();
  const bodies = useBodyOptions();
  // At 320 CSS px (400 % zoom) the five periods stack instead of pushing the page sideways.
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  return (
    <Group align="flex-end" gap="md" wrap="wrap" mb="lg">
      <Select
        label={t('dashboard.controls.body')}
        data={[{ value: '', label: t('dashboard.controls.allBodies') }, ...bodies]}
        value={scope.bodyId ?? ''}
        onChange={(id) => onChange({ bodyId: id || null })}
        allowDeselect={false}
        w={{ base: '100%', xs: 260 }}
      />
      <Stack gap={4} w={narrow ? '100%' : undefined}>
        <Text size="sm" fw={500} id="dashboard-period-label">
          {t('dashboard.controls.period')}
        </Text>
        <SegmentedControl
          aria-labelledby="dashboard-period-label"
          orientation={narrow ? 'vertical' : 'horizontal'}
          fullWidth={narrow}
          value={scope.period}
          onChange={(value) => {
            if (isOneOf(PERIODS, value))
              onChange({ period: value, from: scope.from, to: scope.to });
          }}
          data={PERIODS.map((value) => ({
            value,
            label: t(`dashboard.controls.periods.${value}`),
          }))}
        />
      </Stack>
      {scope.period === 'custom' ? (
        <>
          <DayInput
            label={t('dashboard.controls.from')}
            value={scope.from}
            max={scope.to}
            onChange={(value) => {
              const from = value;
              if (from) onChange({ from });
            }}
            w={170}
          />
          <DayInput
            label={t('dashboard.controls.to')}
            value={scope.to}
            min={scope.from}
            onChange={(value) => {
              const to = value;
              if (to) onChange({ to });
            }}
            w={170}
          />
        </>
      ) : null}
    </Group>
  );
}
