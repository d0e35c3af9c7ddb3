/** Ends a focal point's assignment on a chosen date; the record stays in the agency's history. */
import { Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { FocalPoint } from '../../../../shared/contract/agencies';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { todayIso } from '../../components/workspaceDay';
import { useRegisterMutation } from '../../app/agencies/agencyQueries';
import { ModalForm } from '../../components/ModalForm';
import { contractRules } from '../../components/form/contractRules';
import { DayInput } from '../../components/DayInput';

/** The end date as 'focalPoints:end' takes it (the focal point is given). */
const endFields = contract['focalPoints:end'].input.pick({ endDate: true });

function EndForm({ focalPoint, onClose }: { focalPoint: FocalPoint; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const end = useRegisterMutation('focalPoints:end');
  const form = useForm({
    initialValues: { endDate: todayIso() },
    validate: contractRules(t, {
      schema: endFields,
      fields: ['endDate'],
      required: { endDate: t('endFocalPoint.dateRequired') },
      invalid: { endDate: t('endFocalPoint.dateRequired') },
      // The core's rule, against the start the form knows: an assignment ends after it began.
      extra: ({ endDate }) => ({
        endDate:
          focalPoint.startDate && endDate && endDate < focalPoint.startDate
            ? t('focalPointForm.invalid.endDate')
            : null,
      }),
    }),
  });

  return (
    <ModalForm
      form={form}
      onSubmit={({ endDate }) =>
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
        )
      }
      onCancel={onClose}
      submitLabel={t('endFocalPoint.submit')}
      submitColor="orange"
      save={end}
    >
      <Text size="sm">{t('endFocalPoint.description', { name: focalPoint.name })}</Text>
      <DayInput
        {...form.getInputProps('endDate')}
        label={t('endFocalPoint.endDate')}
        required
        data-autofocus
      />
    </ModalForm>
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
