/** "New body" / "Edit body": kind, partner country, chair, secretariat, members, quorum, rhythm. */
import {
  Group,
  MultiSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  bodyInputSchema,
  quorumRuleSchema,
  type Body,
  type BodyInput,
} from '../../../../shared/contract/bodies';
import { defaultBodyCode } from '../../../../shared/domain/meetings';
import { call } from '../../api';
import { AppModal } from '../AppModal';
import { CountrySelect } from '../CountrySelect';
import { ErrorAlert } from '../ErrorAlert';
import { useNotify } from '../useNotify';
import { invalidFields } from '../validationFields';
import { useVocabulary } from '../../app/agencies/agencyVocabulary';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import {
  BODY_FORM_FIELDS,
  toBodyFormValues,
  toBodyInput,
  type BodyFormValues,
} from './bodyFormValues';
import { ModalForm } from '../ModalForm';
import { contractRules, maxLengthOf, rangeOf } from '../form/contractRules';

interface BodyFormModalProps {
  opened: boolean;
  onClose: () => void;
  body?: Body;
  onSaved?: (body: Body) => void;
}

function BodyForm({ body, onClose, onSaved }: Omit<BodyFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useVocabulary();
  const keep = useMemo(
    () => [
      ...(body?.members ?? []),
      ...(body?.chair ? [body.chair] : []),
      ...(body?.secretariat ? [body.secretariat] : []),
    ],
    [body],
  );
  const agencies = useAgencyOptions(keep);
  const save = useMutation({
    mutationFn: (input: BodyInput) =>
      body ? call('bodies:update', { id: body.id, patch: input }) : call('bodies:create', input),
  });
  const form = useForm<BodyFormValues>({
    initialValues: toBodyFormValues(body ?? null),
    validate: contractRules(t, {
      schema: bodyInputSchema,
      toInput: toBodyInput,
      fields: [...BODY_FORM_FIELDS, 'quorumCount'],
      rename: { 'quorum.count': 'quorumCount' },
      required: {
        name: t('bodyForm.errors.nameRequired'),
        kind: t('bodyForm.errors.kindRequired'),
      },
      invalid: {
        code: t('decisions.bodyCode.error', { max: maxLengthOf(bodyInputSchema.shape.code) }),
        partnerCountry: t('bodyForm.errors.country'),
        quorumCount: t('bodyForm.errors.quorumCount'),
      },
      // The core's rule (the channel's schema cannot see the kind): a bilateral meeting names
      // its partner country.
      extra: (values) => ({
        partnerCountry:
          values.kind === 'bilateral_case_management' && values.partnerCountry.trim() === ''
            ? t('bodyForm.errors.partnerCountryRequired')
            : null,
      }),
    }),
  });
  const submit = (values: BodyFormValues) =>
    save.mutate(toBodyInput(values), {
      onSuccess: (saved) => {
        notify.success(t('bodyForm.saved'), t('bodyForm.savedMessage', { name: saved.name }));
        onClose();
        onSaved?.(saved);
      },
      onError: (error) => {
        for (const field of invalidFields(error, BODY_FORM_FIELDS)) {
          const key = field === 'quorum' ? 'quorumCount' : field;
          form.setFieldError(key, t('bodyForm.errors.invalid'));
        }
      },
    });
  const agencySelect = { data: agencies.data, searchable: true, clearable: true } as const;

  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t(body ? 'bodyForm.submitEdit' : 'bodyForm.submitCreate')}
      save={save}
      fields={BODY_FORM_FIELDS}
    >
      <TextInput
        {...form.getInputProps('name')}
        label={t('bodyForm.name')}
        maxLength={maxLengthOf(bodyInputSchema.shape.name)}
        required
        data-autofocus
      />
      <TextInput
        {...form.getInputProps('code')}
        onChange={(event) => form.setFieldValue('code', event.currentTarget.value.toUpperCase())}
        label={t('decisions.bodyCode.label')}
        description={t('decisions.bodyCode.description')}
        placeholder={defaultBodyCode(form.values.name)}
        maxLength={maxLengthOf(bodyInputSchema.shape.code)}
        autoComplete="off"
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          {...form.getInputProps('kind')}
          label={t('bodyForm.kind')}
          placeholder={t('bodyForm.kindPlaceholder')}
          data={vocab.bodyKinds}
          required
        />
        {form.values.kind === 'bilateral_case_management' ? (
          <CountrySelect
            {...form.getInputProps('partnerCountry')}
            onChange={(code) => form.setFieldValue('partnerCountry', code)}
            label={t('bodyForm.partnerCountry')}
            required
            description={t('bodyForm.partnerCountryDescription')}
          />
        ) : null}
        <Select
          {...form.getInputProps('chairAgencyId')}
          {...agencySelect}
          label={t('bodyForm.chair')}
        />
        <Select
          {...form.getInputProps('secretariatAgencyId')}
          {...agencySelect}
          label={t('bodyForm.secretariat')}
        />
      </SimpleGrid>
      <MultiSelect
        {...form.getInputProps('memberAgencyIds')}
        {...agencySelect}
        label={t('bodyForm.members')}
        description={t('bodyForm.membersDescription')}
        hidePickedOptions
      />
      <Radio.Group {...form.getInputProps('quorumKind')} label={t('bodyForm.quorumRule')}>
        <Group gap="lg" mt="xs">
          <Radio value="majority" label={t('bodyForm.quorumMajority')} />
          <Radio value="fixed" label={t('bodyForm.quorumFixed')} />
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {form.values.quorumKind === 'fixed' ? (
          <NumberInput
            {...form.getInputProps('quorumCount')}
            label={t('bodyForm.quorumCount')}
            {...rangeOf(quorumRuleSchema.options[1].shape.count)}
            allowDecimal={false}
            allowNegative={false}
          />
        ) : null}
        <Select
          {...form.getInputProps('meetingFrequency')}
          label={t('bodyForm.frequency')}
          data={vocab.frequencies}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea
        {...form.getInputProps('notes')}
        label={t('bodyForm.notes')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={maxLengthOf(bodyInputSchema.shape.notes)}
      />
      {agencies.query.isError ? <ErrorAlert error={agencies.query.error} /> : null}
    </ModalForm>
  );
}

export function BodyFormModal({ opened, onClose, body, onSaved }: BodyFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(body ? 'bodyForm.editTitle' : 'bodyForm.createTitle')}
      size="xl"
    >
      <BodyForm body={body} onClose={onClose} onSaved={onSaved} />
    </AppModal>
  );
}
