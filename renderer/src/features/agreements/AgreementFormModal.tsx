/**
 * Creates or edits an agreement or SOP: type, title, parties (agencies, countries), dates,
 * status, where the document is kept, notes, and the bodies and NAP activities it frames.
 * Location and notes are under the privacy guard (a refused save can be made anyway with a
 * written reason).
 */
import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  agreementCreateSchema,
  type Agreement,
} from '../../../../shared/contract/agreements';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { invalidFields } from '../../components/validationFields';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAgencyOptions, useBodyList } from '../../app/bodies/bodyQueries';
import { useCountries } from '../../components/useCountries';
import { useNapActivityOptions } from '../../app/nap/napLinkQueries';
import { useAgreementMutation } from '../../app/agreements/agreementQueries';
import { ModalForm } from '../../components/ModalForm';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';
import { DayInput } from '../../components/DayInput';

type AgreementType = (typeof AGREEMENT_TYPES)[number];
type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export interface AgreementFormValues {
  type: AgreementType;
  title: string;
  agencyIds: string[];
  countries: string[];
  signedOn: string;
  inForceFrom: string;
  reviewOn: string;
  status: AgreementStatus;
  location: string;
  notes: string;
  bodyIds: string[];
  napActivityIds: string[];
}

const FIELDS = [
  'type',
  'title',
  'agencyIds',
  'countries',
  'signedOn',
  'inForceFrom',
  'reviewOn',
  'status',
  'location',
  'notes',
  'bodyIds',
  'napActivityIds',
] as const;

function initialValues(a: Agreement | null): AgreementFormValues {
  return {
    type: a?.type ?? 'mou',
    title: a?.title ?? '',
    agencyIds: a?.agencies.map((g) => g.id) ?? [],
    countries: a?.countries ?? [],
    signedOn: a?.signedOn ?? '',
    inForceFrom: a?.inForceFrom ?? '',
    reviewOn: a?.reviewOn ?? '',
    status: a?.status ?? 'draft',
    location: a?.location ?? '',
    notes: a?.notes ?? '',
    bodyIds: a?.bodies.map((b) => b.id) ?? [],
    napActivityIds: a?.napActivities.map((n) => n.id) ?? [],
  };
}

function toInput(v: AgreementFormValues) {
  const date = (s: string) => (s ? s : null);
  return {
    ...v,
    title: v.title.trim(),
    signedOn: date(v.signedOn),
    inForceFrom: date(v.inForceFrom),
    reviewOn: date(v.reviewOn),
  };
}

export function useAgreementVocabulary() {
  const { t } = useTranslation();
  return {
    types: AGREEMENT_TYPES.map((value) => ({ value, label: t(`agreements.types.${value}`) })),
    statuses: AGREEMENT_STATUSES.map((value) => ({
      value,
      label: t(`agreements.statuses.${value}`),
    })),
  };
}

interface AgreementFormProps {
  agreement: Agreement | null;
  onClose: () => void;
}

function AgreementForm({ agreement, onClose }: AgreementFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useAgreementVocabulary();
  const countries = useCountries();
  const agencies = useAgencyOptions(agreement?.agencies);
  const bodies = useBodyList();
  const activityGroups = useNapActivityOptions();
  const create = useAgreementMutation('agreements:create');
  const update = useAgreementMutation('agreements:update');
  const save = agreement ? update : create;
  const form = useForm<AgreementFormValues>({
    initialValues: initialValues(agreement),
    validate: contractRules(t, {
      schema: agreementCreateSchema,
      toInput,
      fields: FIELDS,
      required: { title: t('agreements.form.errors.titleRequired') },
      extra: ({ signedOn, inForceFrom }) => ({
        inForceFrom:
          inForceFrom && signedOn && inForceFrom < signedOn
            ? t('agreements.form.errors.inForceBeforeSigned')
            : null,
      }),
    }),
  });
  const known = new Set(activityGroups.flatMap((g) => g.items.map((i) => i.value)));
  const extraActivities = (agreement?.napActivities ?? [])
    .filter((n) => !known.has(n.id))
    .map((n) => ({ value: n.id, label: `${n.code} — ${n.title}` }));
  const activityData = extraActivities.length
    ? [...activityGroups, { group: '', items: extraActivities }]
    : activityGroups;

  const onError = (error: unknown) => {
    for (const field of invalidFields(error, FIELDS)) {
      form.setFieldError(field, t('agreements.form.errors.invalid'));
    }
  };
  const onSuccess = (saved: Agreement) => {
    notify.success(t('agreements.form.savedTitle'), saved.title);
    onClose();
  };
  const submit = (values: AgreementFormValues, override: PrivacyOverride | null = null) => {
    if (agreement) {
      update.mutate(
        { id: agreement.id, ...toInput(values), privacyOverride: override },
        { onSuccess, onError },
      );
    } else {
      create.mutate({ ...toInput(values), privacyOverride: override }, { onSuccess, onError });
    }
  };

  return (
    <ModalForm
      form={form}
      onSubmit={(values) => submit(values)}
      onCancel={onClose}
      submitLabel={agreement ? t('agreements.form.saveChanges') : t('agreements.form.create')}
      save={save}
      fields={FIELDS}
      onOverride={(override) => submit(form.values, override)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('agreements.form.type')}
          data={vocab.types}
          value={form.values.type}
          onChange={(v) => isOneOf(AGREEMENT_TYPES, v) && form.setFieldValue('type', v)}
          allowDeselect={false}
        />
        <Select
          label={t('agreements.form.status')}
          data={vocab.statuses}
          value={form.values.status}
          onChange={(v) => isOneOf(AGREEMENT_STATUSES, v) && form.setFieldValue('status', v)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <TextInput
        {...form.getInputProps('title')}
        label={t('agreements.form.title')}
        required
        maxLength={maxLengthOf(agreementCreateSchema.shape.title)}
        data-autofocus
      />
      <MultiSelect
        {...form.getInputProps('agencyIds')}
        label={t('agreements.form.agencies')}
        data={agencies.data}
        searchable
        clearable
        hidePickedOptions
      />
      <MultiSelect
        {...form.getInputProps('countries')}
        label={t('agreements.form.countries')}
        data={countries.options}
        searchable
        clearable
        hidePickedOptions
        maxValues={maxLengthOf(agreementCreateSchema.shape.countries)}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput {...form.getInputProps('signedOn')} label={t('agreements.form.signedOn')} />
        <DayInput {...form.getInputProps('inForceFrom')} label={t('agreements.form.inForceFrom')} />
        <DayInput {...form.getInputProps('reviewOn')} label={t('agreements.form.reviewOn')} />
      </SimpleGrid>
      <TextInput
        {...form.getInputProps('location')}
        label={t('agreements.form.location')}
        description={t('agreements.form.locationHint')}
        maxLength={maxLengthOf(agreementCreateSchema.shape.location)}
      />
      <MultiSelect
        {...form.getInputProps('bodyIds')}
        label={t('agreements.form.bodies')}
        data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        searchable
        clearable
        hidePickedOptions
      />
      <MultiSelect
        {...form.getInputProps('napActivityIds')}
        label={t('agreements.form.napActivities')}
        data={activityData}
        searchable
        clearable
        hidePickedOptions
      />
      <Textarea
        {...form.getInputProps('notes')}
        label={t('agreements.form.notes')}
        autosize
        minRows={2}
        maxLength={maxLengthOf(agreementCreateSchema.shape.notes)}
      />
    </ModalForm>
  );
}

export function AgreementFormModal(props: AgreementFormProps & { opened: boolean }) {
  const { t } = useTranslation();
  const { opened, ...formProps } = props;
  return (
    <AppModal
      opened={opened}
      onClose={props.onClose}
      title={props.agreement ? t('agreements.form.editTitle') : t('agreements.form.newTitle')}
    >
      <AgreementForm {...formProps} />
    </AppModal>
  );
}
