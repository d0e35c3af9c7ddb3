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
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import type { CaseDetail } from '../../../../shared/contract/cases';
import {
  AGE_BANDS,
  ASSISTANCE_CATEGORIES,
  CASE_AGENCY_ROLES,
  CASE_STAGES,
  EXPLOITATION_FORMS,
  MAX_PROFILE_VICTIMS,
  SEXES,
} from '../../../../shared/domain/cases';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import {
  caseFormValues,
  emptyProfile,
  toCreateInput,
  toUpdateInput,
  validateCase,
  type CaseFormValues,
  type ProfileValues,
} from './caseFormValues';
import { useCaseMutation } from '../../app/cases/caseQueries';
import { useCaseVocabulary } from './caseVocabulary';
import { useCountries } from '../../components/useCountries';
import { PrivacyNotice } from './PrivacyNotice';
import type { TranslationKey } from '../../i18n/keys';

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
  profile,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  profile: ProfileValues;
  errors: Record<string, TranslationKey>;
  onChange: (patch: Partial<ProfileValues>) => void;
  onRemove: (() => void) | null;
}) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const error = (key: string) =>
    errors[`profile${index}.${key}`] ? t(errors[`profile${index}.${key}`]!) : null;
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
        />
        <NumberInput
          label={t('cases.fields.count')}
          min={1}
          max={MAX_PROFILE_VICTIMS}
          allowDecimal={false}
          value={profile.count}
          onChange={(v) => onChange({ count: typeof v === 'number' ? v : Number(v) || 0 })}
          error={error('count')}
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
        error={error('forms')}
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
  const [values, setValues] = useState<CaseFormValues>(() => caseFormValues(detail));
  const [errors, setErrors] = useState<Record<string, TranslationKey>>({});
  const create = useCaseMutation('cases:create');
  const update = useCaseMutation('cases:update');
  const mutation = detail ? update : create;
  const set = (patch: Partial<CaseFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setProfile = (index: number, patch: Partial<ProfileValues>) =>
    setValues((v) => ({
      ...v,
      profiles: v.profiles.map((p, i) => (i === index ? { ...p, ...patch } : p)),
    }));
  const fieldError = (key: string) => (errors[key] ? t(errors[key]!) : null);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateCase(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const onSuccess = (saved: CaseDetail) => {
      onSaved(saved);
      onClose();
    };
    if (detail) update.mutate(toUpdateInput(detail.id, values), { onSuccess });
    else create.mutate(toCreateInput(values), { onSuccess });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PrivacyNotice />
        <Title order={3} size="h5">
          {t('cases.form.victims')}
        </Title>
        {values.profiles.map((profile, index) => (
          <ProfileFields
            key={index}
            index={index}
            profile={profile}
            errors={errors}
            onChange={(patch) => setProfile(index, patch)}
            onRemove={
              values.profiles.length > 1
                ? () => set({ profiles: values.profiles.filter((_, i) => i !== index) })
                : null
            }
          />
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => set({ profiles: [...values.profiles, emptyProfile()] })}
            disabled={values.profiles.length >= 100}
          >
            {t('cases.form.addProfile')}
          </Button>
        </Group>
        <Divider />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('cases.fields.suspectCount')}
            min={0}
            max={10000}
            allowDecimal={false}
            value={values.suspectCount}
            onChange={(v) => set({ suspectCount: typeof v === 'number' ? v : Number(v) || 0 })}
            error={fieldError('suspectCount')}
          />
          <MultiSelect
            label={t('cases.fields.suspectNationalities')}
            data={countries.options}
            filter={countries.filter}
            value={values.suspectNationalities}
            onChange={(v) => set({ suspectNationalities: v })}
            searchable
            hidePickedOptions
            maxValues={50}
          />
          <TextInput
            type="month"
            label={t('cases.fields.openedMonth')}
            value={values.openedMonth}
            onChange={(e) => set({ openedMonth: e.currentTarget.value })}
            error={fieldError('openedMonth')}
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
              value={values.nrmReferralMonth}
              onChange={(e) => set({ nrmReferralMonth: e.currentTarget.value })}
              error={fieldError('nrmReferralMonth')}
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
              onClick={() => set({ agencies: values.agencies.filter((_, i) => i !== index) })}
              aria-label={t('cases.form.removeAgency')}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        ))}
        {errors.agencies ? (
          <Text c="red" size="sm">
            {t(errors.agencies)}
          </Text>
        ) : null}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => set({ agencies: [...values.agencies, { agencyId: '', role: 'other' }] })}
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
