/** Adds, edits or replaces a focal point (the replaced one is ended the day the new one starts). */
import { Alert, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FocalPoint } from '../../../../shared/contract/agencies';
import { FOCAL_POINT_ROLES } from '../../../../shared/domain/agencies';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { invalidFields } from '../../components/validationFields';
import { useRegisterMutation } from '../../app/agencies/agencyQueries';
import {
  EMAIL_PATTERN,
  FOCAL_POINT_FIELDS,
  initialFocalPointValues,
  LANGUAGE_CODE,
  LANGUAGE_SUGGESTIONS,
  splitLanguageTags,
  toFocalPointFields,
  type FocalPointFormValues,
  type FocalPointTarget,
} from './focalPointFormValues';
import { isOneOf, useVocabulary } from '../../app/agencies/agencyVocabulary';
import { FormActions } from '../../components/FormActions';
import { DayInput } from '../../components/DayInput';

interface FormProps {
  agencyId: string;
  target: FocalPointTarget;
  onClose: () => void;
}

function FocalPointForm({ agencyId, target, onClose }: FormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useVocabulary();
  const create = useRegisterMutation('focalPoints:create');
  const update = useRegisterMutation('focalPoints:update');
  const save = target.mode === 'edit' ? update : create;
  const form = useForm<FocalPointFormValues>({
    initialValues: initialFocalPointValues(target),
    validate: {
      name: (value) => (value.trim() ? null : t('focalPointForm.errors.nameRequired')),
      email: (value) =>
        value.trim() === '' || EMAIL_PATTERN.test(value.trim())
          ? null
          : t('focalPointForm.invalid.email'),
      languages: (value) =>
        value.every((code) => LANGUAGE_CODE.test(code.trim().toLowerCase()))
          ? null
          : t('focalPointForm.invalid.languages'),
      endDate: (value, values) =>
        value && values.startDate && value < values.startDate
          ? t('focalPointForm.invalid.endDate')
          : null,
    },
  });
  const fieldErrors = (error: unknown) => {
    for (const field of invalidFields(error, FOCAL_POINT_FIELDS)) {
      form.setFieldError(field, t(`focalPointForm.invalid.${field}`));
    }
  };
  const onSuccess = (saved: FocalPoint) => {
    notify.success(
      t('focalPointForm.saved'),
      t('focalPointForm.savedMessage', { name: saved.name }),
    );
    onClose();
  };
  const submit = (values: FocalPointFormValues) => {
    const fields = toFocalPointFields(values);
    if (target.mode === 'edit') {
      update.mutate(
        { id: target.focalPoint.id, patch: fields },
        { onSuccess, onError: fieldErrors },
      );
    } else {
      const replacesId = target.mode === 'replace' ? target.focalPoint.id : undefined;
      create.mutate(
        { ...fields, agencyId, ...(replacesId ? { replacesId } : {}) },
        { onSuccess, onError: fieldErrors },
      );
    }
  };
  const flagged = invalidFields(save.error, FOCAL_POINT_FIELDS).length > 0;

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {target.mode === 'replace' ? (
          <Alert variant="light" color="blue">
            {t('focalPointForm.replaceNotice', { name: target.focalPoint.name })}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.getInputProps('name')}
            label={t('focalPointForm.name')}
            required
            data-autofocus
          />
          <TextInput {...form.getInputProps('title')} label={t('focalPointForm.title')} />
          <TextInput
            {...form.getInputProps('email')}
            label={t('focalPointForm.email')}
            type="email"
            autoComplete="off"
          />
          <TextInput
            {...form.getInputProps('phone')}
            label={t('focalPointForm.phone')}
            description={t('focalPointForm.phoneDescription')}
            type="tel"
            autoComplete="off"
          />
          <Select
            {...form.getInputProps('role')}
            onChange={(value) => {
              if (isOneOf(FOCAL_POINT_ROLES, value)) form.setFieldValue('role', value);
            }}
            label={t('focalPointForm.role')}
            data={vocab.focalPointRoles}
            allowDeselect={false}
          />
          <TagsInput
            {...form.getInputProps('languages')}
            onChange={(tags) => form.setFieldValue('languages', splitLanguageTags(tags))}
            label={t('focalPointForm.languages')}
            description={t('focalPointForm.languagesDescription')}
            data={LANGUAGE_SUGGESTIONS}
            maxTags={10}
            splitChars={[',', ' ']}
            clearable
          />
          <DayInput {...form.getInputProps('startDate')} label={t('focalPointForm.startDate')} />
          <DayInput {...form.getInputProps('endDate')} label={t('focalPointForm.endDate')} />
        </SimpleGrid>
        {save.isError && !flagged ? <ErrorAlert error={save.error} /> : null}
        {flagged ? (
          <Alert color="red" variant="light">
            {t('focalPointForm.fixFields')}
          </Alert>
        ) : null}
        <FormActions
          onCancel={onClose}
          submitLabel={t('focalPointForm.submit')}
          loading={save.isPending}
        />
      </Stack>
    </form>
  );
}

export function FocalPointFormModal({
  agencyId,
  target,
  onClose,
}: Omit<FormProps, 'target'> & { target: FocalPointTarget | null }) {
  const { t } = useTranslation();
  const title =
    target === null
      ? ''
      : target.mode === 'add'
        ? t('focalPointForm.addTitle')
        : target.mode === 'edit'
          ? t('focalPointForm.editTitle')
          : t('focalPointForm.replaceTitle', { name: target.focalPoint.name });
  return (
    <AppModal opened={target !== null} onClose={onClose} title={title}>
      {target ? <FocalPointForm agencyId={agencyId} target={target} onClose={onClose} /> : null}
    </AppModal>
  );
}
