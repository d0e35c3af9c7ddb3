/** One coordination body: its facts, quorum summary and member agencies (editable in place). */
import { Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../components/PageTitle';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { LinkedAgreements } from '../../components/agreements/LinkedAgreements';
import { BodyRounds } from '../../components/roundTrip/BodyRounds';
import { BodyFormModal } from '../../components/bodies/BodyFormModal';
import { BodyMeetings } from './BodyMeetings';
import { BodyMembers } from './BodyMembers';
import { agencyLabel, useBodyDetail } from '../../app/bodies/bodyQueries';
import { quorumText } from './quorumText';
import { BodyBadges } from './BodyBadges';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text>{value}</Text>
    </Stack>
  );
}

export function BodyDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useBodyDetail(id);
  const [editing, setEditing] = useState(false);

  if (detail.isPending) return <CenteredLoader minHeight={300} />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const body = detail.data;
  const quorum = quorumText(t, body.quorum, body.quorumRequired, body.members.length);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/bodies" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('bodyDetail.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <PageTitle>{body.name}</PageTitle>
          <BodyBadges body={body} />
        </Stack>
        <Button
          variant="default"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('bodyDetail.edit')}
        </Button>
      </Group>
      <Section title={t('bodyDetail.overview')}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact
            label={t('bodies.facts.chair')}
            value={body.chair ? agencyLabel(body.chair) : t('bodies.notSet')}
          />
          <Fact
            label={t('bodies.facts.secretariat')}
            value={body.secretariat ? agencyLabel(body.secretariat) : t('bodies.notSet')}
          />
          <Fact
            label={t('bodies.facts.frequency')}
            value={t(`vocab.frequencies.${body.meetingFrequency}`)}
          />
          <Stack gap={0} aria-live="polite" data-testid="quorum-summary">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('bodies.facts.quorum')}
            </Text>
            <Text>{quorum}</Text>
          </Stack>
        </SimpleGrid>
        {body.notes.trim() ? (
          <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {body.notes}
          </Text>
        ) : null}
      </Section>
      <Section title={t('bodyDetail.members', { number: body.members.length })}>
        <BodyMembers body={body} />
      </Section>
      <BodyMeetings bodyId={body.id} />
      <BodyRounds bodyId={body.id} />
      <LinkedAgreements bodyId={body.id} />
      <BodyFormModal body={body} opened={editing} onClose={() => setEditing(false)} />
    </Stack>
  );
}
