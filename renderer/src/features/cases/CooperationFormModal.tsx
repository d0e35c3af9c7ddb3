/**
 * Add or update a cross-border cooperation request: type, direction, counterpart country and
 * authority (an institution, never a person), legal basis, dates, status and next follow-up.
 */
import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../components/CountrySelect';
import {
  cooperationCreateSchema,
  type CooperationRequest,
} from '../../../../shared/contract/cases';
import {
  COOPERATION_DIRECTIONS,
  COOPERATION_STATUSES,
  COOPERATION_TYPES,
  LEGAL_BASES,
  type CooperationDirection,
  type CooperationStatus,
  type CooperationType,
  type LegalBasis,
} from '../../../../shared/domain/cases';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { useCaseMutation } from '../../app/cases/caseQueries';
import { useCaseVocabulary } from './caseVocabulary';
import { PrivacyNotice } from './PrivacyNotice';
import { PrivacyOverrideModal } from '../../components/privacy/PrivacyOverrideModal';
import { usePrivacyGuard } from '../../components/privacy/usePrivacyGuard';
import { DayInput } from '../../components/DayInput';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';

interface CooperationFormModalProps {
  opened: boolean;
  caseId: string;
  /** null: a new request. */
  request: CooperationRequest | null;
  onClose: () => void;
}

interface Values {
  type: CooperationType;
  direction: CooperationDirection;
  country: string;
  authority: string;
  legalBasis: LegalBasis;
  draftedOn: string;
  sentOn: string;
  acknowledgedOn: string;
  executedOn: string;
  status: CooperationStatus;
  nextFollowUp: string;
}

const DATE_FIELDS = [
  'draftedOn',
  'sentOn',
  'acknowledgedOn',
  'executedOn',
  'nextFollowUp',
] as const;

/** What the form states of a request, as 'cooperation:create' takes it (the case is given). */
const cooperationFields = cooperationCreateSchema.omit({ caseId: true, privacyOverride: true });
const COOPERATION_FIELDS = Object.keys(cooperationFields.shape);

const toCooperationFields = (values: Values) => ({
  type: values.type,
  direction: values.direction,
  country: values.country,
  authority: values.authority.trim(),
  legalBasis: values.legalBasis,
  status: values.status,
  ...Object.fromEntries(DATE_FIELDS.map((f) => [f, values[f] || null])),
});

function initialValues(request: CooperationRequest | null): Values {
  return {
    type: request?.type ?? 'mutual_legal_assistance',
    direction: request?.direction ?? 'outgoing',
    country: request?.country ?? '',
    authority: request?.authority ?? '',
    legalBasis: request?.legalBasis ?? 'untoc_art18',
    draftedOn: request?.draftedOn ?? '',
    sentOn: request?.sentOn ?? '',
    acknowledgedOn: request?.acknowledgedOn ?? '',
    executedOn: request?.executedOn ?? '',
    status: request?.status ?? 'drafting',
    nextFollowUp: request?.nextFollowUp ?? '',
  };
}

export function CooperationFormModal(props: CooperationFormModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.request ? t('cases.cooperation.editTitle') : t('cases.cooperation.newTitle')}
      size="xl"
    >
      <CooperationForm {...props} />
    </AppModal>
  );
}

function CooperationForm({ caseId, request, onClose }: CooperationFormModalProps) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const form = useForm<Values>({
    initialValues: initialValues(request),
    validate: contractRules(t, {
      schema: cooperationFields,
      toInput: toCooperationFields,
      fields: COOPERATION_FIELDS,
      required: { country: t('cases.cooperation.errors.country') },
      invalid: { country: t('cases.cooperation.errors.country') },
    }),
  });
  const create = useCaseMutation('cooperation:create');
  const update = useCaseMutation('cooperation:update');
  const mutation = request ? update : create;
  const guard = usePrivacyGuard();
  const { values } = form;
  const set = (patch: Partial<Values>) => form.setValues(patch);

  const save = (values: Values, reason: string | null) => {
    const fields = {
      ...cooperationFields.parse(toCooperationFields(values)),
      privacyOverride: reason ? { reason } : null,
    };
    const options = {
      onSuccess: () => {
        guard.close();
        onClose();
      },
      onError: (error: unknown) => {
        guard.catchPii(error, (r) => save(values, r));
      },
    };
    if (request) update.mutate({ id: request.id, ...fields }, options);
    else create.mutate({ caseId, ...fields }, options);
  };

  return (
    <>
      <form onSubmit={form.onSubmit((values) => save(values, null))} noValidate>
        <Stack gap="md">
          <PrivacyNotice />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('cases.cooperation.fields.type')}
              data={vocab.types}
              value={values.type}
              onChange={(v) => isOneOf(COOPERATION_TYPES, v) && set({ type: v })}
              allowDeselect={false}
            />
            <Select
              label={t('cases.cooperation.fields.direction')}
              data={vocab.directions}
              value={values.direction}
              onChange={(v) => isOneOf(COOPERATION_DIRECTIONS, v) && set({ direction: v })}
              allowDeselect={false}
            />
            <CountrySelect
              label={t('cases.cooperation.fields.country')}
              {...form.getInputProps('country')}
              placeholder=""
              clearable={false}
              required
            />
            <TextInput
              label={t('cases.cooperation.fields.authority')}
              description={t('cases.cooperation.fields.authorityDescription')}
              {...form.getInputProps('authority')}
              maxLength={maxLengthOf(cooperationFields.shape.authority)}
            />
            <Select
              label={t('cases.cooperation.fields.legalBasis')}
              data={vocab.legalBases}
              value={values.legalBasis}
              onChange={(v) => isOneOf(LEGAL_BASES, v) && set({ legalBasis: v })}
              allowDeselect={false}
            />
            <Select
              label={t('cases.cooperation.fields.status')}
              data={vocab.statuses}
              value={values.status}
              onChange={(v) => isOneOf(COOPERATION_STATUSES, v) && set({ status: v })}
              allowDeselect={false}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
            {DATE_FIELDS.map((field) => (
              <DayInput
                key={field}
                label={t(`cases.cooperation.fields.${field}`)}
                {...form.getInputProps(field)}
              />
            ))}
          </SimpleGrid>
          {mutation.error && !guard.isPii(mutation.error) ? (
            <ErrorAlert error={mutation.error} />
          ) : null}
          <FormActions
            onCancel={onClose}
            submitLabel={request ? t('cases.cooperation.save') : t('cases.cooperation.add')}
            loading={mutation.isPending}
          />
        </Stack>
      </form>
      <PrivacyOverrideModal {...guard.dialog} loading={mutation.isPending} />
    </>
  );
}
