/** The top of an agency's page: name, badges, and the Edit / Archive-Restore / Delete actions. */
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconArchive,
  IconArrowLeft,
  IconPencil,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agency } from '../../../../shared/contract/agencies';
import { countryName } from '../../../../shared/domain/places';
import { placeLanguage } from '../../components/countryOptions';
import { PageTitle } from '../../components/PageTitle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { AgencyFormModal } from './AgencyFormModal';
import { useRegisterMutation } from '../../app/agencies/agencyQueries';
import { DeleteAgencyModal } from './DeleteAgencyModal';
import { MEMBERSHIP_COLORS } from '../../app/agencies/agencyVocabulary';

export function AgencyDetailHeader({ agency }: { agency: Agency }) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const archive = useRegisterMutation('agencies:archive');
  const setArchived = (archived: boolean) =>
    archive.mutate(
      { id: agency.id, archived },
      {
        onSuccess: (saved) =>
          notify.success(
            t(archived ? 'agencyDetail.archived' : 'agencyDetail.restored'),
            t(archived ? 'agencyDetail.archivedMessage' : 'agencyDetail.restoredMessage', {
              name: saved.name,
            }),
          ),
      },
    );

  return (
    <Stack gap="sm" mb="lg">
      <Anchor component={Link} to="/agencies" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('agencyDetail.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={6}>
          <Group gap="sm" align="baseline">
            <PageTitle>{agency.name}</PageTitle>
            {agency.acronym ? (
              <Text c="dimmed" fw={600} size="lg">
                {agency.acronym}
              </Text>
            ) : null}
          </Group>
          <Group gap={6}>
            <Badge variant="light">{t(`vocab.agencyKinds.${agency.kind}`)}</Badge>
            <Badge variant="light" color="grape">
              {t(`vocab.sectors.${agency.sector}`)}
            </Badge>
            <Badge variant="light" color="cyan">
              {t(`vocab.levels.${agency.level}`)}
            </Badge>
            {agency.country ? (
              <Badge variant="outline" color="gray" tt="none" title={agency.country}>
                {countryName(agency.country, placeLanguage(i18n.language))}
              </Badge>
            ) : null}
            <Badge variant="light" color={MEMBERSHIP_COLORS[agency.membershipStatus]}>
              {t(`vocab.membership.${agency.membershipStatus}`)}
            </Badge>
            {agency.archived ? (
              <Badge color="gray" variant="filled">
                {t('agencies.archived')}
              </Badge>
            ) : null}
          </Group>
        </Stack>
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconPencil size={16} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('agencyDetail.edit')}
          </Button>
          <Button
            variant="default"
            leftSection={
              agency.archived ? (
                <IconRestore size={16} aria-hidden />
              ) : (
                <IconArchive size={16} aria-hidden />
              )
            }
            loading={archive.isPending}
            onClick={() => setArchived(!agency.archived)}
          >
            {t(agency.archived ? 'agencyDetail.restore' : 'agencyDetail.archive')}
          </Button>
          <Button
            variant="light"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDeleting(true)}
          >
            {t('agencyDetail.delete')}
          </Button>
        </Group>
      </Group>
      {archive.isError ? <ErrorAlert error={archive.error} /> : null}
      <AgencyFormModal agency={agency} opened={editing} onClose={() => setEditing(false)} />
      <DeleteAgencyModal
        agency={agency}
        opened={deleting}
        onClose={() => setDeleting(false)}
        onArchive={() => setArchived(true)}
      />
    </Stack>
  );
}
