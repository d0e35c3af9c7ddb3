/** Adds, edits or replaces a focal point (the replaced one is ended the day the new one starts). */
import { Alert, Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { focalPointInputSchema, type FocalPoint } from '../../../../shared/contract/agencies';
import { FOCAL_POINT_ROLES } from '../../../../shared/domain/agencies';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { invalidFields } from '../../components/validationFields';
import { useRegisterMutation } from '../../app/agencies/agencyQueries';
import {
  FOCAL_POINT_FIELDS,
  initialFocalPointValues,
  LANGUAGE_SUGGESTIONS,
  splitLanguageTags,
  toFocalPointFields,
  type FocalPointFormValues,
  type FocalPointTarget,
} from './focalPointFormValues';
import { isOneOf, useVocabulary } from '../../app/agencies/agencyVocabulary';
import { ModalForm } from '../../components/ModalForm';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { DayInput } from '../../components/DayInput';

interface FormProps {
  agencyId: string;
  target: FocalPointTarget;
  onClose: () => void;
}

/** The focal point's messages, with the contract's limits where they name one. */
const invalidMessage = (t: TFunction, field: (typeof FOCAL_POINT_FIELDS)[number]) =>
  t(`focalPointForm.invalid.${field}`, { max: maxLengthOf(focalPointInputSchema.shape.languages) });

function FocalPointForm({ agencyId, target, onClose }: FormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useVocabulary();
  const create = useRegisterMutation('focalPoints:create');
  const update = useRegisterMutation('focalPoints:update');
  const save = target.mode === 'edit' ? update : create;
  const form = useForm<FocalPointFormValues>({
    initialValues: initialFocalPointValues(target),
    validate: contractRules(t, {
      schema: focalPointInputSchema.omit({ agencyId: true }),
      toInput: toFocalPointFields,
      fields: FOCAL_POINT_FIELDS,
      required: { name: t('focalPointForm.errors.nameRequired') },
      invalid: Object.fromEntries(
        FOCAL_POINT_FIELDS.map((field) => [field, invalidMessage(t, field)]),
      ),
      extra: ({ startDate, endDate }) => ({
        endDate:
          endDate && startDate && endDate < startDate ? t('focalPointForm.invalid.endDate') : null,
      }),
    }),
  });
  const fieldErrors = (error: unknown) => {
    for (const field of invalidFields(error, FOCAL_POINT_FIELDS)) {
      form.setFieldError(field, invalidMessage(t, field));
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
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('focalPointForm.submit')}
      save={save}
      fields={FOCAL_POINT_FIELDS}
    >
      {target.mode === 'replace' ? (
        <Alert variant="light" color="blue">
          {t('focalPointForm.replaceNotice', { name: target.focalPoint.name })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          {...form.getInputProps('name')}
          label={t('focalPointForm.name')}
          maxLength={maxLengthOf(focalPointInputSchema.shape.name)}
          required
          data-autofocus
        />
        <TextInput
          {...form.getInputProps('title')}
          label={t('focalPointForm.title')}
          maxLength={maxLengthOf(focalPointInputSchema.shape.title)}
        />
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
          maxLength={maxLengthOf(focalPointInputSchema.shape.phone)}
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
          maxTags={maxLengthOf(focalPointInputSchema.shape.languages)}
          splitChars={[',', ' ']}
          clearable
        />
        <DayInput {...form.getInputProps('startDate')} label={t('focalPointForm.startDate')} />
        <DayInput {...form.getInputProps('endDate')} label={t('focalPointForm.endDate')} />
      </SimpleGrid>
      {flagged ? (
        <Alert color="red" variant="light">
          {t('focalPointForm.fixFields')}
        </Alert>
      ) : null}
    </ModalForm>
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
