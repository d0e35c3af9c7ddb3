/** Coordination bodies (task forces, working groups, bilateral meetings) as cards, plus "New body". */
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ChannelOutput } from '../../../../shared/contract';
import { CenteredLoader } from '../../components/CenteredLoader';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { BodyFormModal } from '../../components/bodies/BodyFormModal';
import { agencyLabel, useBodyList } from '../../app/bodies/bodyQueries';
import { quorumText } from './quorumText';
import { BodyBadges } from './BodyBadges';

type BodyListItem = ChannelOutput<'bodies:list'>['items'][number];

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" miw={110}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

function BodyCard({ body }: { body: BodyListItem }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-label={body.name}>
      <Stack gap="xs">
        <Anchor component={Link} to={`/bodies/${body.id}`} fw={700} size="lg">
          {body.name}
        </Anchor>
        <BodyBadges body={body} />
        <Fact
          label={t('bodies.facts.chair')}
          value={body.chair ? agencyLabel(body.chair) : t('bodies.notSet')}
        />
        <Fact label={t('bodies.facts.members')} value={String(body.memberCount)} />
        <Fact
          label={t('bodies.facts.quorum')}
          value={quorumText(t, body.quorum, body.quorumRequired, body.memberCount)}
        />
        <Fact
          label={t('bodies.facts.frequency')}
          value={t(`vocab.frequencies.${body.meetingFrequency}`)}
        />
      </Stack>
    </Card>
  );
}

export function BodiesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const bodies = useBodyList();
  const [creating, setCreating] = useState(false);
  const items = bodies.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('bodies.title')}
        subtitle={t('bodies.subtitle')}
        actions={
          <Button
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('bodies.new')}
          </Button>
        }
      />
      {bodies.isPending ? (
        <CenteredLoader minHeight={240} />
      ) : bodies.isError ? (
        <ErrorAlert error={bodies.error} />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup size={36} stroke={1.5} aria-hidden />}
          title={t('bodies.empty.title')}
          description={t('bodies.empty.description')}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {items.map((body) => (
            <BodyCard key={body.id} body={body} />
          ))}
        </SimpleGrid>
      )}
      <BodyFormModal
        opened={creating}
        onClose={() => setCreating(false)}
        onSaved={(body) => void navigate(`/bodies/${body.id}`)}
      />
    </>
  );
}
