/**
 * Confirms deleting an agency. The core refuses (REFERENCED) while focal points, bodies or any
 * other record (meetings, actions, NAP, cases, registers) refer to it; the modal then explains
 * what holds it and offers to archive it instead.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Agency } from '../../../../shared/contract/agencies';
import { ApiError, call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { agencyKeys } from '../../app/agencies/agencyQueries';

interface DeleteAgencyModalProps {
  agency: Agency;
  opened: boolean;
  onClose: () => void;
  onArchive: () => void;
}

function references(
  error: unknown,
): { focalPoints: number; bodies: number; records: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'REFERENCED') return null;
  const details = (error.details ?? {}) as {
    focalPoints?: unknown;
    bodies?: unknown;
    records?: unknown;
  };
  const count = (value: unknown) => (typeof value === 'number' ? value : 0);
  return {
    focalPoints: count(details.focalPoints),
    bodies: count(details.bodies),
    records: count(details.records),
  };
}

export function DeleteAgencyModal({ agency, opened, onClose, onArchive }: DeleteAgencyModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => call('agencies:delete', { id: agency.id }),
    onSuccess: () => {
      // Leave the page first, so that the refresh does not ask for the deleted agency.
      void navigate('/agencies');
      queryClient.removeQueries({ queryKey: agencyKeys.detail(agency.id) });
      notify.success(
        t('deleteAgency.deleted'),
        t('deleteAgency.deletedMessage', { name: agency.name }),
      );
    },
  });
  const refs = references(remove.error);
  const close = () => {
    remove.reset();
    onClose();
  };

  return (
    <AppModal
      confirmDiscard={false}
      opened={opened}
      onClose={close}
      title={t('deleteAgency.title')}
      size="md"
    >
      <Stack gap="md">
        <Text>{t('deleteAgency.message', { name: agency.name })}</Text>
        {refs ? (
          <Alert color="orange" variant="light" title={t('deleteAgency.referencedTitle')}>
            <Text size="sm">{t('deleteAgency.referenced', refs)}</Text>
          </Alert>
        ) : remove.isError ? (
          <ErrorAlert error={remove.error} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          {refs && !agency.archived ? (
            <Button
              onClick={() => {
                close();
                onArchive();
              }}
            >
              {t('deleteAgency.archiveInstead')}
            </Button>
          ) : null}
          {refs ? null : (
            <Button color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
              {t('deleteAgency.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
