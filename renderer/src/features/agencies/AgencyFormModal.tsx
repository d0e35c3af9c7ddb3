/** "Add agency" / "Edit agency": identity, kind and sector, level, membership, 4P roles, notes. */
import { Alert, Anchor, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import { Link } from 'react-router';
import { agencyInputSchema, type Agency } from '../../../../shared/contract/agencies';
import { ApiError } from '../../api';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { invalidFields } from '../../components/validationFields';
import { useRegisterMutation } from '../../app/agencies/agencyQueries';
import {
  AGENCY_FORM_FIELDS,
  toAgencyFormValues,
  toAgencyInput,
  type AgencyFormValues,
} from './agencyFormValues';
import { PillarRoleFields } from './PillarRoleFields';
import { useVocabulary } from '../../app/agencies/agencyVocabulary';
import { ModalForm } from '../../components/ModalForm';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';

interface AgencyFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The agency to edit; absent to add one. */
  agency?: Agency;
  onSaved?: (agency: Agency) => void;
}

/** The core names the clashing agency in DUPLICATE details: `{ field, existingId }`. */
function existingIdOf(error: unknown): string | null {
  const details = error instanceof ApiError ? (error.details as { existingId?: unknown }) : null;
  return typeof details?.existingId === 'string' ? details.existingId : null;
}

function AgencyForm({ agency, onClose, onSaved }: Omit<AgencyFormModalProps, 'opened'>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useVocabulary();
  const create = useRegisterMutation('agencies:create');
  const update = useRegisterMutation('agencies:update');
  const save = agency ? update : create;
  const form = useForm<AgencyFormValues>({
    initialValues: toAgencyFormValues(agency ?? null),
    validate: contractRules(t, {
      schema: agencyInputSchema,
      toInput: (values) => toAgencyInput(values, Boolean(agency)),
      fields: AGENCY_FORM_FIELDS,
      required: {
        name: t('agencyForm.errors.nameRequired'),
        kind: t('agencyForm.errors.kindRequired'),
      },
      invalid: { country: t('agencyForm.errors.country') },
    }),
  });

  const onError = (error: unknown) => {
    for (const field of invalidFields(error, AGENCY_FORM_FIELDS)) {
      form.setFieldError(field, t(`agencyForm.invalid.${field}`));
    }
  };
  const onSuccess = (saved: Agency) => {
    notify.success(
      t(agency ? 'agencyForm.updated' : 'agencyForm.created'),
      t('agencyForm.savedMessage', { name: saved.name }),
    );
    onClose();
    onSaved?.(saved);
  };
  const submit = (values: AgencyFormValues) => {
    const input = toAgencyInput(values, Boolean(agency));
    if (agency) update.mutate({ id: agency.id, patch: input }, { onSuccess, onError });
    else create.mutate(input, { onSuccess, onError });
  };
  const duplicate = save.error instanceof ApiError && save.error.code === 'DUPLICATE';
  const existingId = duplicate ? existingIdOf(save.error) : null;

  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('agencyForm.submit')}
      // The clash with an existing agency is told below, with a link to it.
      save={duplicate ? { ...save, isError: false } : save}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          {...form.getInputProps('name')}
          label={t('agencyForm.name')}
          maxLength={maxLengthOf(agencyInputSchema.shape.name)}
          required
          data-autofocus
        />
        <TextInput
          {...form.getInputProps('acronym')}
          label={t('agencyForm.acronym')}
          maxLength={maxLengthOf(agencyInputSchema.shape.acronym)}
        />
        <Select
          {...form.getInputProps('kind')}
          label={t('agencyForm.kind')}
          placeholder={t('agencyForm.kindPlaceholder')}
          data={vocab.kinds}
          searchable
          required
        />
        <Select
          {...form.getInputProps('sector')}
          label={t('agencyForm.sector')}
          placeholder={t('agencyForm.sectorAutomatic')}
          data={vocab.sectors}
          clearable
        />
        <Select
          {...form.getInputProps('level')}
          label={t('agencyForm.level')}
          data={vocab.levels}
          allowDeselect={false}
        />
        <CountrySelect
          {...form.getInputProps('country')}
          label={t('agencyForm.country')}
          description={t('agencyForm.countryDescription')}
        />
        <Select
          {...form.getInputProps('membershipStatus')}
          label={t('agencyForm.membership')}
          data={vocab.membership}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea
        {...form.getInputProps('rolesText')}
        label={t('agencyForm.rolesText')}
        description={t('agencyForm.rolesTextDescription')}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={maxLengthOf(agencyInputSchema.shape.rolesText)}
      />
      <PillarRoleFields
        values={form.values.pillarRoles}
        onChange={(pillar, choice) => form.setFieldValue(`pillarRoles.${pillar}`, choice)}
      />
      <Textarea
        {...form.getInputProps('notes')}
        label={t('agencyForm.notes')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={maxLengthOf(agencyInputSchema.shape.notes)}
      />
      {duplicate ? (
        <Alert color="red" variant="light" title={t('agencyForm.duplicateTitle')}>
          {t('agencyForm.duplicate')}
          {existingId ? (
            <Anchor component={Link} to={`/agencies/${existingId}`} onClick={onClose} ml={4}>
              {t('agencyForm.openExisting')}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
    </ModalForm>
  );
}

export function AgencyFormModal({ opened, onClose, agency, onSaved }: AgencyFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(agency ? 'agencyForm.editTitle' : 'agencyForm.addTitle')}
      size="xl"
    >
      <AgencyForm agency={agency} onClose={onClose} onSaved={onSaved} />
    </AppModal>
  );
}
