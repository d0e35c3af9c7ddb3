/**
 * One agency: roles, 4P pillar roles, focal points (current, history, as of a date), bodies,
 * and the open actions it owns.
 */
import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AgencyDetail } from '../../../../shared/contract/agencies';
import { PILLARS } from '../../../../shared/domain/agencies';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { AgencyOpenActions } from '../../components/actions/AgencyOpenActions';
import { AgencyDetailHeader } from './AgencyDetailHeader';
import { useAgencyDetail } from '../../app/agencies/agencyQueries';
import { AsOfLookup } from './AsOfLookup';
import { FocalPointHistory } from './FocalPointHistory';
import { FocalPointsSection } from './FocalPointsSection';

function Paragraphs({ text, empty }: { text: string; empty: string }) {
  return text.trim() ? (
    <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
  ) : (
    <Text c="dimmed" size="sm">
      {empty}
    </Text>
  );
}

function PillarRolesList({ agency }: { agency: AgencyDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {PILLARS.map((pillar) => {
        const role = agency.pillarRoles[pillar];
        return (
          <Group key={pillar} justify="space-between">
            <Text size="sm">{t(`vocab.pillars.${pillar}`)}</Text>
            {role ? (
              <Badge variant={role === 'lead' ? 'filled' : 'light'}>
                {t(`vocab.pillarRoles.${role}`)}
              </Badge>
            ) : (
              <Text size="sm" c="dimmed">
                {t('vocab.pillarRoles.none')}
              </Text>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

function BodiesList({ agency }: { agency: AgencyDetail }) {
  const { t } = useTranslation();
  if (agency.bodies.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('agencyDetail.noBodies')}
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      {agency.bodies.map((body) => (
        <Group key={body.bodyId} justify="space-between">
          <Anchor component={Link} to={`/bodies/${body.bodyId}`}>
            {body.bodyName}
          </Anchor>
          <Group gap={4}>
            {body.roles.map((role) => (
              <Badge key={role} variant={role === 'member' ? 'outline' : 'light'}>
                {t(`vocab.bodyRoles.${role}`)}
              </Badge>
            ))}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}

export function AgencyDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useAgencyDetail(id);

  if (detail.isPending) return <CenteredLoader minHeight={300} />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  const agency = detail.data;

  return (
    <>
      <AgencyDetailHeader agency={agency} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title={t('agencyDetail.sections.roles')}>
            <Paragraphs text={agency.rolesText} empty={t('agencyDetail.noRoles')} />
          </Section>
          <Section title={t('agencyDetail.sections.pillars')}>
            <PillarRolesList agency={agency} />
          </Section>
        </SimpleGrid>
        <FocalPointsSection
          agencyId={agency.id}
          focalPoints={agency.focalPoints}
          archived={agency.archived}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title={t('agencyDetail.sections.history')}>
            <FocalPointHistory focalPoints={agency.focalPoints} />
          </Section>
          <Section title={t('agencyDetail.sections.asOf')}>
            <AsOfLookup agencyId={agency.id} />
          </Section>
        </SimpleGrid>
        <Section title={t('agencyDetail.sections.bodies')}>
          <BodiesList agency={agency} />
        </Section>
        <AgencyOpenActions agencyId={agency.id} />
        {agency.notes.trim() ? (
          <Section title={t('agencyDetail.sections.notes')}>
            <Paragraphs text={agency.notes} empty="" />
          </Section>
        ) : null}
      </Stack>
    </>
  );
}
