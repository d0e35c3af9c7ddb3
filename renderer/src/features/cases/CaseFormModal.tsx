/**
 * Create or edit a case: victim profiles, suspects, opened month, NRM referral, assistance and
 * agencies — banded fields only (selects, counts, months), never a name or a narrative.
 */
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import {
  suspectsSchema,
  victimProfileSchema,
  type CaseDetail,
} from '../../../../shared/contract/cases';
import {
  AGE_BANDS,
  ASSISTANCE_CATEGORIES,
  CASE_AGENCY_ROLES,
  CASE_STAGES,
  EXPLOITATION_FORMS,
  SEXES,
} from '../../../../shared/domain/cases';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import {
  caseFormRules,
  caseFormValues,
  emptyProfile,
  MAX_PROFILES,
  toCreateInput,
  toUpdateInput,
  type CaseFormValues,
  type ProfileValues,
} from './caseFormValues';
import { useCaseMutation } from '../../app/cases/caseQueries';
import { useCaseVocabulary } from './caseVocabulary';
import { useCountries } from '../../components/useCountries';
import { PrivacyNotice } from './PrivacyNotice';
import { contractRules, maxLengthOf, rangeOf } from '../../components/form/contractRules';

type CaseForm = UseFormReturnType<CaseFormValues>;

/** A NumberInput's value as the form keeps a count: an emptied field is 0, as before. */
const countOf = (value: number | string) =>
  typeof value === 'number' ? value : Number(value) || 0;

interface CaseFormModalProps {
  opened: boolean;
  /** null: a new case. */
  detail: CaseDetail | null;
  onClose: () => void;
  onSaved: (saved: CaseDetail) => void;
}

export function CaseFormModal(props: CaseFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.detail
          ? t('cases.form.editTitle', { code: props.detail.code })
          : t('cases.form.newTitle')
      }
      size="xl"
    >
      <CaseForm {...props} />
    </AppModal>
  );
}

function ProfileFields({
  index,
  form,
  onRemove,
}: {
  index: number;
  form: CaseForm;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const path = `profiles.${index}` as const;
  const profile = form.values.profiles[index]!;
  const onChange = (patch: Partial<ProfileValues>) =>
    form.setFieldValue(path, { ...profile, ...patch });
  const { min, max } = rangeOf(victimProfileSchema.shape.count);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      role="group"
      aria-label={t('cases.form.profileN', { n: index + 1 })}
    >
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('cases.form.profileN', { n: index + 1 })}
        </Text>
        {onRemove ? (
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={t('cases.form.removeProfile', { n: index + 1 })}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <Select
          label={t('cases.fields.ageBand')}
          data={vocab.ageBands}
          value={profile.ageBand}
          onChange={(v) => isOneOf(AGE_BANDS, v) && onChange({ ageBand: v })}
          allowDeselect={false}
        />
        <Select
          label={t('cases.fields.sex')}
          data={vocab.sexes}
          value={profile.sex}
          onChange={(v) => isOneOf(SEXES, v) && onChange({ sex: v })}
          allowDeselect={false}
        />
        <CountrySelect
          label={t('cases.fields.nationality')}
          placeholder={t('cases.fields.unknownCountry')}
          value={profile.nationality}
          onChange={(nationality) => onChange({ nationality })}
          error={form.errors[`${path}.nationality`]}
        />
        <NumberInput
          label={t('cases.fields.count')}
          min={min}
          max={max}
          allowDecimal={false}
          value={profile.count}
          onChange={(v) => onChange({ count: countOf(v) })}
          error={form.errors[`${path}.count`]}
        />
      </SimpleGrid>
      <MultiSelect
        mt="sm"
        label={t('cases.fields.forms')}
        data={vocab.forms}
        value={profile.exploitationForms}
        onChange={(values) =>
          onChange({ exploitationForms: values.filter((v) => isOneOf(EXPLOITATION_FORMS, v)) })
        }
        error={form.errors[`${path}.exploitationForms`]}
        hidePickedOptions
        searchable
        required
      />
    </Paper>
  );
}

function CaseForm({ detail, onClose, onSaved }: CaseFormModalProps) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const countries = useCountries();
  const agencies = useAgencyOptions(detail?.agencies ?? []);
  const form = useForm<CaseFormValues>({
    initialValues: caseFormValues(detail),
    validate: contractRules(t, caseFormRules(t)),
  });
  const { values } = form;
  const create = useCaseMutation('cases:create');
  const update = useCaseMutation('cases:update');
  const mutation = detail ? update : create;
  const set = (patch: Partial<CaseFormValues>) => form.setValues(patch);

  const submit = (values: CaseFormValues) => {
    const onSuccess = (saved: CaseDetail) => {
      onSaved(saved);
      onClose();
    };
    if (detail) update.mutate(toUpdateInput(detail.id, values), { onSuccess });
    else create.mutate(toCreateInput(values), { onSuccess });
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <PrivacyNotice />
        <Title order={3} size="h5">
          {t('cases.form.victims')}
        </Title>
        {values.profiles.map((_, index) => (
          <ProfileFields
            key={index}
            index={index}
            form={form}
            onRemove={
              values.profiles.length > 1 ? () => form.removeListItem('profiles', index) : null
            }
          />
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem('profiles', emptyProfile())}
            disabled={values.profiles.length >= MAX_PROFILES}
          >
            {t('cases.form.addProfile')}
          </Button>
        </Group>
        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('cases.fields.suspectCount')}
            {...rangeOf(suspectsSchema.shape.count)}
            allowDecimal={false}
            {...form.getInputProps('suspectCount')}
            onChange={(v) => form.setFieldValue('suspectCount', countOf(v))}
          />
          <MultiSelect
            label={t('cases.fields.suspectNationalities')}
            data={countries.options}
            filter={countries.filter}
            {...form.getInputProps('suspectNationalities')}
            searchable
            hidePickedOptions
            maxValues={maxLengthOf(suspectsSchema.shape.nationalities)}
          />
          <TextInput
            type="month"
            label={t('cases.fields.openedMonth')}
            {...form.getInputProps('openedMonth')}
            required
          />
          {detail ? null : (
            <Select
              label={t('cases.fields.firstStage')}
              data={vocab.stages.filter((s) => s.value !== 'closed')}
              value={values.stage}
              onChange={(v) => isOneOf(CASE_STAGES, v) && set({ stage: v })}
              allowDeselect={false}
            />
          )}
        </SimpleGrid>
        <Group align="flex-end" gap="md">
          <Switch
            label={t('cases.fields.nrmReferral')}
            checked={values.nrmReferral}
            onChange={(e) => set({ nrmReferral: e.currentTarget.checked })}
            mb={8}
          />
          {values.nrmReferral ? (
            <TextInput
              type="month"
              label={t('cases.fields.nrmReferralMonth')}
              {...form.getInputProps('nrmReferralMonth')}
              w={200}
            />
          ) : null}
        </Group>
        <MultiSelect
          label={t('cases.fields.assistance')}
          data={vocab.assistance}
          value={values.assistance}
          onChange={(v) => set({ assistance: v.filter((x) => isOneOf(ASSISTANCE_CATEGORIES, x)) })}
          hidePickedOptions
          searchable
        />
        <Divider />
        <Title order={3} size="h5">
          {t('cases.form.agencies')}
        </Title>
        {values.agencies.map((agency, index) => (
          <Group key={index} align="flex-end" gap="sm" wrap="nowrap">
            <Select
              label={t('cases.fields.agency')}
              data={agencies.data}
              value={agency.agencyId || null}
              onChange={(v) =>
                set({
                  agencies: values.agencies.map((a, i) =>
                    i === index ? { ...a, agencyId: v ?? '' } : a,
                  ),
                })
              }
              error={form.errors[`agencies.${index}.agencyId`]}
              searchable
              style={{ flex: 2 }}
            />
            <Select
              label={t('cases.fields.role')}
              data={vocab.roles}
              value={agency.role}
              onChange={(v) =>
                isOneOf(CASE_AGENCY_ROLES, v) &&
                set({
                  agencies: values.agencies.map((a, i) => (i === index ? { ...a, role: v } : a)),
                })
              }
              allowDeselect={false}
              style={{ flex: 1 }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={4}
              onClick={() => form.removeListItem('agencies', index)}
              aria-label={t('cases.form.removeAgency')}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {form.errors.agencies ? (
          <Text c="red" size="sm">
            {form.errors.agencies}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => form.insertListItem('agencies', { agencyId: '', role: 'other' })}
          >
            {t('cases.form.addAgency')}
          </Button>
        </Group>
        {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
        <FormActions
          onCancel={onClose}
          submitLabel={detail ? t('cases.form.save') : t('cases.form.create')}
          loading={mutation.isPending}
        />
      </Stack>
    </form>
  );
}
