/** Ends a focal point's assignment on a chosen date; the record stays in the agency's history. */
import { Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocalPoint } from '../../../../shared/contract/agencies';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { ISO_DATE_PATTERN } from '../../components/validationFields';
import { todayIso } from '../../components/workspaceDay';
import { useRegisterMutation } from '../../app/agencies/agencyQueries';
import { FormActions } from '../../components/FormActions';
import { DayInput } from '../../components/DayInput';

function EndForm({ focalPoint, onClose }: { focalPoint: FocalPoint; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const end = useRegisterMutation('focalPoints:end');
  const [endDate, setEndDate] = useState(todayIso());
  const [touched, setTouched] = useState(false);
  const error = !ISO_DATE_PATTERN.test(endDate)
    ? t('endFocalPoint.dateRequired')
    : focalPoint.startDate && endDate < focalPoint.startDate
      ? t('focalPointForm.invalid.endDate')
      : null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (error) return;
        end.mutate(
          { id: focalPoint.id, endDate },
          {
            onSuccess: () => {
              notify.success(
                t('endFocalPoint.done'),
                t('endFocalPoint.doneMessage', { name: focalPoint.name }),
              );
              onClose();
            },
          },
        );
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('endFocalPoint.description', { name: focalPoint.name })}</Text>
        <DayInput
          label={t('endFocalPoint.endDate')}
          value={endDate}
          onChange={(value) => setEndDate(value)}
          error={touched ? error : null}
          required
          data-autofocus
        />
        {end.isError ? <ErrorAlert error={end.error} /> : null}
        <FormActions
          onCancel={onClose}
          submitLabel={t('endFocalPoint.submit')}
          loading={end.isPending}
          color="orange"
        />
      </Stack>
    </form>
  );
}

export function EndFocalPointModal({
  focalPoint,
  onClose,
}: {
  focalPoint: FocalPoint | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={focalPoint !== null}
      onClose={onClose}
      title={t('endFocalPoint.title')}
      size="md"
    >
      {focalPoint ? <EndForm focalPoint={focalPoint} onClose={onClose} /> : null}
    </AppModal>
  );
}
