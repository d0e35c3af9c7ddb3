/**
 * The dialogs that edit the plan's tree: a pillar or objective (code and name), an activity,
 * and the confirmation before a node is removed with everything below it.
 */
import { MultiSelect, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  napUpsertActivitySchema,
  napUpsertObjectiveSchema,
  napUpsertPillarSchema,
  type NapActivity,
} from '../../../../../shared/contract/nap';
import {
  NAP_ACTIVITY_STATUSES,
  NAP_STATUSES_WITH_REASON,
  type NapActivityStatus,
  type NapNodeKind,
} from '../../../../../shared/domain/nap';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ModalForm } from '../../../components/ModalForm';
import { contractRules, maxLengthOf, rangeOf } from '../../../components/form/contractRules';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { useAgencyList } from '../../../app/agencies/agencyQueries';
import { useNapChange } from '../napQueries';
import { TargetModal, type TargetModalProps } from '../TargetModal';

/** What a name dialog edits: a new or existing pillar of a plan, or objective of a pillar. */
export type NameTarget =
  | { kind: 'pillar'; planId: string; id?: string; code: string; name: string }
  | { kind: 'objective'; pillarId: string; id?: string; code: string; name: string };

export function NameNodeModal(props: TargetModalProps<NameTarget>) {
  const { t } = useTranslation();
  return (
    <TargetModal
      {...props}
      size="md"
      title={(target) => t(`nap.node.${target.kind}.${target.id ? 'editTitle' : 'addTitle'}`)}
    >
      {(target) => <NameNodeForm target={target} onClose={props.onClose} />}
    </TargetModal>
  );
}

const pillarName = napUpsertPillarSchema.pick({ code: true, name: true });
const objectiveName = napUpsertObjectiveSchema.pick({ code: true, name: true });

interface NameValues {
  code: string;
  name: string;
}

function NameNodeForm({ target, onClose }: { target: NameTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const pillar = useNapChange('nap:upsertPillar');
  const objective = useNapChange('nap:upsertObjective');
  const save = target.kind === 'pillar' ? pillar : objective;
  const schema = target.kind === 'pillar' ? pillarName : objectiveName;
  const toFields = (values: NameValues) => ({
    ...(target.id ? { id: target.id } : {}),
    ...(values.code.trim() ? { code: values.code.trim() } : {}),
    name: values.name.trim(),
  });
  const form = useForm<NameValues>({
    initialValues: { code: target.code, name: target.name },
    validate: contractRules(t, {
      schema,
      toInput: ({ code, name }) => ({ code: code.trim(), name }),
      fields: ['code', 'name'],
      required: { name: t(`nap.node.${target.kind}.nameRequired`) },
    }),
  });
  const submit = (values: NameValues) => {
    const fields = toFields(values);
    if (target.kind === 'pillar') {
      pillar.mutate({ planId: target.planId, ...fields }, { onSuccess: onClose });
    } else {
      objective.mutate({ pillarId: target.pillarId, ...fields }, { onSuccess: onClose });
    }
  };
  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('nap.node.save')}
      save={save}
    >
      <TextInput
        {...form.getInputProps('code')}
        label={t('nap.node.code')}
        description={t('nap.node.codeDescription')}
        maxLength={maxLengthOf(schema.shape.code)}
        w={200}
      />
      <Textarea
        {...form.getInputProps('name')}
        label={t(`nap.node.${target.kind}.name`)}
        maxLength={maxLengthOf(schema.shape.name)}
        required
        autosize
        minRows={1}
        data-autofocus
      />
    </ModalForm>
  );
}

interface ActivityValues {
  code: string;
  text: string;
  leadAgencyIds: string[];
  supportingAgencyIds: string[];
  timeframe: string;
  budgetAmount: number | string;
  currency: string;
  fundingSource: string;
  status: NapActivityStatus;
  statusReason: string;
}

/** A new activity of an objective, or an existing activity. */
export type ActivityTarget = { objectiveId: string; activity?: NapActivity };

export function ActivityFormModal(props: TargetModalProps<ActivityTarget>) {
  const { t } = useTranslation();
  return (
    <TargetModal
      {...props}
      size="xl"
      title={(target) => t(target.activity ? 'nap.activity.editTitle' : 'nap.activity.addTitle')}
    >
      {(target) => <ActivityForm target={target} onClose={props.onClose} />}
    </TargetModal>
  );
}

const ACTIVITY_FIELDS = [
  'code',
  'text',
  'leadAgencyIds',
  'supportingAgencyIds',
  'timeframe',
  'budgetAmount',
  'currency',
  'fundingSource',
  'statusReason',
] as const;
const activityShape = napUpsertActivitySchema.shape;

function ActivityForm({ target, onClose }: { target: ActivityTarget; onClose: () => void }) {
  const toActivityInput = (values: ActivityValues) => ({
    objectiveId: target.objectiveId,
    ...(values.code.trim() ? { code: values.code.trim() } : {}),
    text: values.text.trim(),
    leadAgencyIds: values.leadAgencyIds,
    supportingAgencyIds: values.supportingAgencyIds,
    timeframe: values.timeframe.trim(),
    budgetAmount: values.budgetAmount === '' ? null : Number(values.budgetAmount),
    currency: values.currency.trim(),
    fundingSource: values.fundingSource.trim(),
    status: values.status,
    statusReason: NAP_STATUSES_WITH_REASON.includes(values.status)
      ? values.statusReason.trim()
      : '',
  });
  const { t } = useTranslation();
  const save = useNapChange('nap:upsertActivity');
  const agencies = useAgencyList({});
  const options = (agencies.data?.items ?? []).map((a) => ({
    value: a.id,
    label: a.acronym ? `${a.name} (${a.acronym})` : a.name,
  }));
  const a = target.activity;
  const form = useForm<ActivityValues>({
    initialValues: {
      code: a?.code ?? '',
      text: a?.text ?? '',
      leadAgencyIds: a?.leadAgencies.map((x) => x.id) ?? [],
      supportingAgencyIds: a?.supportingAgencies.map((x) => x.id) ?? [],
      timeframe: a?.timeframe ?? '',
      budgetAmount: a?.budgetAmount ?? '',
      currency: a?.currency ?? '',
      fundingSource: a?.fundingSource ?? '',
      status: a?.status ?? 'not_started',
      statusReason: a?.statusReason ?? '',
    },
    validate: contractRules(t, {
      schema: napUpsertActivitySchema,
      toInput: toActivityInput,
      fields: ACTIVITY_FIELDS,
      required: { text: t('nap.activity.errors.text') },
      // The core's rules: a reason for an at-risk or delayed activity, a currency with a budget.
      extra: (values) => ({
        statusReason:
          NAP_STATUSES_WITH_REASON.includes(values.status) && !values.statusReason.trim()
            ? t('nap.activity.errors.reason')
            : null,
        currency:
          values.budgetAmount !== '' && !values.currency.trim()
            ? t('nap.activity.errors.currency')
            : null,
      }),
    }),
  });
  const submit = (values: ActivityValues) =>
    save.mutate({ ...toActivityInput(values), ...(a ? { id: a.id } : {}) }, { onSuccess: onClose });
  const needsReason = NAP_STATUSES_WITH_REASON.includes(form.values.status);

  return (
    <ModalForm
      form={form}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t('nap.node.save')}
      save={save}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          {...form.getInputProps('code')}
          label={t('nap.node.code')}
          description={t('nap.node.codeDescription')}
          maxLength={maxLengthOf(activityShape.code)}
        />
        <TextInput
          {...form.getInputProps('timeframe')}
          label={t('nap.activity.timeframe')}
          description={t('nap.activity.timeframeDescription')}
          maxLength={maxLengthOf(activityShape.timeframe)}
        />
        <Select
          {...form.getInputProps('status')}
          label={t('nap.activity.status')}
          data={NAP_ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`nap.status.${s}`) }))}
          allowDeselect={false}
        />
      </SimpleGrid>
      <Textarea
        {...form.getInputProps('text')}
        label={t('nap.activity.text')}
        maxLength={maxLengthOf(activityShape.text)}
        required
        autosize
        minRows={2}
        data-autofocus
      />
      {needsReason ? (
        <Textarea
          {...form.getInputProps('statusReason')}
          label={t('nap.activity.statusReason')}
          maxLength={maxLengthOf(activityShape.statusReason)}
          required
          autosize
          minRows={2}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MultiSelect
          {...form.getInputProps('leadAgencyIds')}
          label={t('nap.activity.lead')}
          data={options}
          searchable
          nothingFoundMessage={t('nap.activity.noAgency')}
        />
        <MultiSelect
          {...form.getInputProps('supportingAgencyIds')}
          label={t('nap.activity.supporting')}
          data={options}
          searchable
          nothingFoundMessage={t('nap.activity.noAgency')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NumberInput
          {...form.getInputProps('budgetAmount')}
          label={t('nap.activity.budget')}
          {...rangeOf(activityShape.budgetAmount)}
          thousandSeparator=" "
          allowNegative={false}
        />
        <TextInput
          {...form.getInputProps('currency')}
          label={t('nap.activity.currency')}
          placeholder="EUR"
          maxLength={maxLengthOf(activityShape.currency)}
        />
        <TextInput
          {...form.getInputProps('fundingSource')}
          label={t('nap.activity.fundingSource')}
          maxLength={maxLengthOf(activityShape.fundingSource)}
        />
      </SimpleGrid>
      {agencies.isError ? <ErrorAlert error={agencies.error} /> : null}
    </ModalForm>
  );
}

/** A node to remove, with the label the confirmation names it by. */
export type RemoveTarget = { kind: NapNodeKind; id: string; label: string };

export function RemoveNodeModal({
  target,
  onClose,
  onRemoved,
}: {
  target: RemoveTarget | null;
  onClose: () => void;
  onRemoved?: () => void;
}) {
  const { t } = useTranslation();
  const remove = useNapChange('nap:removeNode');
  return (
    <ConfirmModal
      opened={target !== null}
      title={target ? t(`nap.node.${target.kind}.removeTitle`) : ''}
      message={target ? t(`nap.node.${target.kind}.removeMessage`, { label: target.label }) : ''}
      confirmLabel={t('nap.node.remove')}
      loading={remove.isPending}
      error={remove.error}
      onClose={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() => {
        if (!target) return;
        remove.mutate(
          { kind: target.kind, id: target.id },
          {
            onSuccess: () => {
              onClose();
              onRemoved?.();
            },
          },
        );
      }}
    />
  );
}
