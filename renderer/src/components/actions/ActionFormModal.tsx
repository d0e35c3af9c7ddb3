/**
 * Creates or edits an action: what, who (owner agency, its focal point, supporting agencies),
 * by when, priority, status and — for a new one — its origin (meeting, agenda item, decision).
 * Title and description are under the privacy guard (highlights; a refused save can be made
 * anyway with a written reason).
 */
import { MultiSelect, Select, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  actionCreateSchema,
  actionPatchSchema,
  type ActionDetail,
} from '../../../../shared/contract/actions';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { ACTION_PRIORITIES, ACTION_STATUSES } from '../../../../shared/domain/actions';
import { AppModal } from '../AppModal';
import { contractRules, maxLengthOf } from '../form/contractRules';
import { ModalForm } from '../ModalForm';
import { useNotify } from '../useNotify';
import { invalidFields } from '../validationFields';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { GuardedTextarea, GuardedTextInput } from '../privacy/GuardedField';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { useFocalPointOptions } from '../../app/actions/actionOptions';
import { ActionOriginFields } from './ActionOriginFields';
import { NapActivityPicker } from './NapActivityPicker';
import {
  ACTION_FORM_FIELDS,
  initialActionValues,
  toCreateInput,
  toPatch,
  type ActionFormValues,
} from './actionFormValues';
import { useActionMutation } from '../../app/actions/actionQueries';
import { useActionVocabulary, useMeetingLabel } from '../../app/actions/actionVocabulary';
import { DayInput } from '../DayInput';

interface ActionFormProps {
  /** The action to edit; null to create one. */
  action: ActionDetail | null;
  preset?: Partial<ActionFormValues>;
  onClose: () => void;
  onSaved?: (action: ActionDetail) => void;
}

function ActionForm({ action, preset, onClose, onSaved }: ActionFormProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocab = useActionVocabulary();
  const meetingLabel = useMeetingLabel();
  const create = useActionMutation('actions:create');
  const update = useActionMutation('actions:update');
  const save = action ? update : create;
  const keep = action ? [action.ownerAgency, ...action.supportingAgencies] : undefined;
  const agencies = useAgencyOptions(keep);
  const form = useForm<ActionFormValues>({
    initialValues: initialActionValues(action, preset),
    validate: contractRules(t, {
      schema: action ? actionPatchSchema : actionCreateSchema,
      toInput: action ? toPatch : toCreateInput,
      fields: ACTION_FORM_FIELDS,
      required: {
        title: t('actions.form.errors.titleRequired'),
        ownerAgencyId: t('actions.form.errors.ownerRequired'),
      },
    }),
  });
  const focalPoints = useFocalPointOptions(form.values.ownerAgencyId);
  const supporting = agencies.data.filter((o) => o.value !== form.values.ownerAgencyId);

  const onError = (error: unknown) => {
    for (const field of invalidFields(error, ACTION_FORM_FIELDS)) {
      form.setFieldError(field, t('actions.form.errors.invalid'));
    }
  };
  const onSuccess = (saved: ActionDetail) => {
    notify.success(
      t('actions.form.savedTitle'),
      t('actions.form.savedMessage', { title: saved.title }),
    );
    onSaved?.(saved);
    onClose();
  };
  const submit = (values: ActionFormValues, override: PrivacyOverride | null = null) => {
    if (action) {
      update.mutate(
        { id: action.id, patch: toPatch(values), privacyOverride: override },
        {
          onSuccess,
          onError,
        },
      );
    } else {
      create.mutate(
        { ...toCreateInput(values), privacyOverride: override },
        { onSuccess, onError },
      );
    }
  };

  return (
    <ModalForm
      form={form}
      onSubmit={(values) => submit(values)}
      onCancel={onClose}
      submitLabel={action ? t('actions.form.saveChanges') : t('actions.form.create')}
      save={save}
      fields={ACTION_FORM_FIELDS}
      onOverride={(override) => submit(form.values, override)}
    >
      <GuardedTextInput
        value={form.values.title}
        onValueChange={(value) => form.setFieldValue('title', value)}
        error={form.errors.title}
        label={t('actions.form.title')}
        required
        maxLength={maxLengthOf(actionCreateSchema.shape.title)}
        data-autofocus
      />
      <GuardedTextarea
        value={form.values.description}
        onValueChange={(value) => form.setFieldValue('description', value)}
        error={form.errors.description}
        label={t('actions.form.description')}
        autosize
        minRows={2}
        maxRows={8}
        maxLength={maxLengthOf(actionCreateSchema.shape.description)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('actions.form.owner')}
          data={agencies.data}
          value={form.values.ownerAgencyId || null}
          onChange={(id) => {
            form.setFieldValue('ownerAgencyId', id ?? '');
            form.setFieldValue('focalPointId', '');
          }}
          error={form.errors.ownerAgencyId}
          required
          searchable
        />
        <Select
          label={t('actions.form.focalPoint')}
          placeholder={
            form.values.ownerAgencyId
              ? t('actions.form.noFocalPoint')
              : t('actions.form.pickOwnerFirst')
          }
          data={focalPoints}
          value={form.values.focalPointId || null}
          onChange={(id) => form.setFieldValue('focalPointId', id ?? '')}
          error={form.errors.focalPointId}
          disabled={!form.values.ownerAgencyId}
          clearable
        />
      </SimpleGrid>
      <MultiSelect
        {...form.getInputProps('supportingAgencyIds')}
        label={t('actions.form.supporting')}
        data={supporting}
        searchable
        clearable
        hidePickedOptions
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <DayInput {...form.getInputProps('dueDate')} label={t('actions.form.dueDate')} />
        <Select
          label={t('actions.form.priority')}
          data={vocab.priorities}
          value={form.values.priority}
          onChange={(v) => isOneOf(ACTION_PRIORITIES, v) && form.setFieldValue('priority', v)}
          allowDeselect={false}
        />
        <Select
          label={t('actions.form.status')}
          data={vocab.statuses}
          value={form.values.status}
          onChange={(v) => isOneOf(ACTION_STATUSES, v) && form.setFieldValue('status', v)}
          allowDeselect={false}
        />
      </SimpleGrid>
      <NapActivityPicker
        value={form.values.napActivityId}
        onChange={(id) => form.setFieldValue('napActivityId', id)}
        error={form.errors.napActivityId}
        current={action?.napActivity ?? null}
      />
      {action ? (
        <Text size="sm" c="dimmed">
          {action.meeting
            ? t('actions.form.raisedAt', { meeting: meetingLabel(action.meeting) })
            : t('actions.form.raisedOutside')}
        </Text>
      ) : (
        <ActionOriginFields form={form} />
      )}
    </ModalForm>
  );
}

export function ActionFormModal(props: ActionFormProps & { opened: boolean }) {
  const { t } = useTranslation();
  const { opened, ...formProps } = props;
  return (
    <AppModal
      opened={opened}
      onClose={props.onClose}
      title={props.action ? t('actions.form.editTitle') : t('actions.form.newTitle')}
    >
      <ActionForm {...formProps} />
    </AppModal>
  );
}
