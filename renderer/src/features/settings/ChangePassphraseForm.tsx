/** Changes the workspace passphrase: the current one, then a new strong one typed twice. */
import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { contractRules, minLengthOf } from '../../components/form/contractRules';
import { call, errorCodeOf } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useNotify } from '../../components/useNotify';
import { PassphraseStrengthMeter } from '../../components/PassphraseStrengthMeter';
import { applyWorkspaceStatus, useWorkspaceStatus } from '../../app/workspace/workspaceQueries';

interface ChangePassphraseValues {
  currentPassphrase: string;
  newPassphrase: string;
  newPassphraseConfirm: string;
}

const changeSchema = contract['workspace:changePassphrase'].input;

export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const { data: status } = useWorkspaceStatus();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const form = useForm<ChangePassphraseValues>({
    initialValues: { currentPassphrase: '', newPassphrase: '', newPassphraseConfirm: '' },
    validate: contractRules(t, {
      schema: changeSchema,
      fields: ['currentPassphrase', 'newPassphrase', 'newPassphraseConfirm'],
      required: { currentPassphrase: t('settings.passphrase.currentRequired') },
      invalid: {
        newPassphrase: t('passphrase.tooShort', {
          count: minLengthOf(changeSchema.shape.newPassphrase),
        }),
      },
      extra: (values) => ({
        newPassphraseConfirm:
          values.newPassphraseConfirm === values.newPassphrase ? null : t('passphrase.mismatch'),
      }),
    }),
  });

  const change = useMutation({
    mutationFn: (values: ChangePassphraseValues) => call('workspace:changePassphrase', values),
    onSuccess: (status) => {
      applyWorkspaceStatus(queryClient, status);
      form.reset();
      notify.success(t('settings.passphrase.changed'), t('settings.passphrase.changedMessage'));
    },
    onError: (error) => {
      if (errorCodeOf(error) === 'WRONG_PASSPHRASE') form.setFieldValue('currentPassphrase', '');
    },
  });

  const { newPassphrase, newPassphraseConfirm } = form.values;
  const showMismatch =
    newPassphraseConfirm.length > 0 &&
    newPassphraseConfirm !== newPassphrase &&
    !newPassphrase.startsWith(newPassphraseConfirm);

  return (
    <form onSubmit={form.onSubmit((values) => change.mutate(values))} noValidate>
      <Stack gap="md">
        <PassphraseInput
          {...form.getInputProps('currentPassphrase')}
          label={t('settings.passphrase.current')}
          required
          autoComplete="current-password"
        />
        <PassphraseInput
          {...form.getInputProps('newPassphrase')}
          label={t('settings.passphrase.new')}
          required
          autoComplete="new-password"
        />
        <PassphraseStrengthMeter
          passphrase={newPassphrase}
          context={status?.taskForceName ? [status.taskForceName] : []}
        />
        <PassphraseInput
          {...form.getInputProps('newPassphraseConfirm')}
          error={
            form.errors.newPassphraseConfirm ?? (showMismatch ? t('passphrase.mismatch') : null)
          }
          label={t('settings.passphrase.confirm')}
          required
          autoComplete="new-password"
        />
        {change.isError ? <ErrorAlert error={change.error} /> : null}
        <Group justify="flex-end">
          <Button type="submit" loading={change.isPending}>
            {t('settings.passphrase.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
