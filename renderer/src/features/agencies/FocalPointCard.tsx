/** One focal point in post: contact details, role, languages, since when, and its actions. */
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FocalPoint } from '../../../../shared/contract/agencies';
import { formatDay } from '../../components/formatDay';

interface FocalPointCardProps {
  focalPoint: FocalPoint;
  canReplace: boolean;
  onReplace: () => void;
  onEdit: () => void;
  onEnd: () => void;
}

export function FocalPointCard(props: FocalPointCardProps) {
  const { focalPoint: fp, canReplace, onReplace, onEdit, onEnd } = props;
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="article"
      aria-label={fp.name}
      data-focus-id={fp.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0}>
            <Text fw={600}>{fp.name}</Text>
            {fp.title ? (
              <Text size="sm" c="dimmed">
                {fp.title}
              </Text>
            ) : null}
          </Stack>
          <Badge variant={fp.role === 'primary' ? 'filled' : 'light'}>
            {t(`vocab.focalPointRoles.${fp.role}`)}
          </Badge>
        </Group>
        {fp.email ? (
          <Group gap={6} wrap="nowrap">
            <IconMail size={14} aria-hidden />
            <Anchor href={`mailto:${fp.email}`} size="sm">
              {fp.email}
            </Anchor>
          </Group>
        ) : null}
        {fp.phone ? (
          <Group gap={6} wrap="nowrap">
            <IconPhone size={14} aria-hidden />
            <Text size="sm">{fp.phone}</Text>
          </Group>
        ) : null}
        {fp.languages.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('focalPoints.languages', { list: fp.languages.join(', ').toUpperCase() })}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {fp.startDate
            ? t('focalPoints.since', { date: formatDay(fp.startDate, i18n.language) })
            : t('focalPoints.sinceUnknown')}
          {fp.endDate
            ? ` · ${t('focalPoints.until', { date: formatDay(fp.endDate, i18n.language) })}`
            : ''}
        </Text>
        <Group gap="xs" mt="xs">
          <Button
            size="xs"
            variant="light"
            onClick={onReplace}
            disabled={!canReplace}
            aria-label={t('focalPoints.replaceLabel', { name: fp.name })}
          >
            {t('focalPoints.replace')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onEdit}
            aria-label={t('focalPoints.editLabel', { name: fp.name })}
          >
            {t('focalPoints.edit')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="orange"
            onClick={onEnd}
            aria-label={t('focalPoints.endLabel', { name: fp.name })}
          >
            {t('focalPoints.end')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
