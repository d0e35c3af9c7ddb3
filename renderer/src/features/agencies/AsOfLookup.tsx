/** "Who was our contact on…": the focal points in post at this agency on a chosen date. */
import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDay } from '../../components/formatDay';
import { isDay } from '../../components/validationFields';
import { useFocalPointsAsOf } from '../../app/agencies/agencyQueries';
import { DayInput } from '../../components/DayInput';

export function AsOfLookup({ agencyId }: { agencyId: string }) {
  const { t, i18n } = useTranslation();
  const [asOf, setAsOf] = useState('');
  const date = isDay(asOf) ? asOf : null;
  const result = useFocalPointsAsOf(agencyId, date);

  return (
    <Stack gap="sm">
      <DayInput
        label={t('focalPoints.asOf.label')}
        description={t('focalPoints.asOf.description')}
        value={asOf}
        onChange={(value) => setAsOf(value)}
        w={{ base: '100%', xs: 260 }}
      />
      {date === null ? null : result.isError ? (
        <ErrorAlert error={result.error} />
      ) : result.data ? (
        <Stack gap={4} aria-live="polite">
          <Text size="sm" fw={500}>
            {t('focalPoints.asOf.heading', { date: formatDay(date, i18n.language) })}
          </Text>
          {result.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('focalPoints.asOf.none')}
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {result.data.items.map((fp) => (
                <List.Item key={fp.id}>
                  <Group gap={6}>
                    <Text size="sm">{fp.name}</Text>
                    <Badge size="xs" variant="light">
                      {t(`vocab.focalPointRoles.${fp.role}`)}
                    </Badge>
                    {fp.email ? (
                      <Text size="xs" c="dimmed">
                        {fp.email}
                      </Text>
                    ) : null}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
