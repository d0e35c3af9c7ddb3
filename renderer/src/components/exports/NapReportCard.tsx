/** The NAP progress report on the Documents page: pick a plan, then the report dialog. */
import { Card, Group, Select, Text, ThemeIcon, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconFileReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { NapReportButton } from './NapReportButton';

export function NapReportCard() {
  const { t } = useTranslation();
  const plans = useQuery({
    queryKey: ['nap', 'plans'],
    queryFn: () => call('nap:listPlans', {}),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const items = plans.data?.items ?? [];
  const planId = chosen ?? items[0]?.id ?? null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="document-nap">
      <Group gap="sm" wrap="nowrap" mb="xs">
        <ThemeIcon variant="light" size="lg" radius="md">
          <IconFileReport size={20} aria-hidden />
        </ThemeIcon>
        <Title order={2} size="h4" id="document-nap">
          {t('nap.report.title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md" style={{ flexGrow: 1 }}>
        {t('nap.report.description')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm">{t('nap.report.noPlan')}</Text>
      ) : (
        <Group justify="space-between" align="flex-end">
          <Select
            label={t('nap.report.plan')}
            data={items.map((p) => ({ value: p.id, label: p.title }))}
            value={planId}
            onChange={setChosen}
            allowDeselect={false}
          />
          {planId && <NapReportButton planId={planId} />}
        </Group>
      )}
    </Card>
  );
}
