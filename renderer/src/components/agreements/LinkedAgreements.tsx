/**
 * The agreements that frame a body or serve a NAP activity (their pages show them): title
 * linking to the register, type, status and "review due".
 */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../ErrorAlert';
import { Section } from '../Section';
import { useAgreementList } from '../../app/agreements/agreementQueries';
import { ReviewBadge } from './ReviewBadge';

export function LinkedAgreements(filter: { bodyId: string } | { napActivityId: string }) {
  const { t } = useTranslation();
  const list = useAgreementList(filter);
  const items = list.data?.items ?? [];
  return (
    <Section title={t('agreements.linked.title')}>
      {list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.isPending ? null : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.linked.none')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((a) => (
            <Group key={a.id} component="li" gap="sm" wrap="wrap">
              <Anchor component={Link} to={`/agreements?focus=${a.id}`} size="sm" fw={600}>
                {a.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t(`agreements.types.${a.type}`)}
              </Text>
              <Badge variant="light" color={a.status === 'in_force' ? 'teal' : 'gray'} size="sm">
                {t(`agreements.statuses.${a.status}`)}
              </Badge>
              <ReviewBadge agreement={a} />
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
