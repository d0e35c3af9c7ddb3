/**
 * "Add item" / "Edit item" of an agenda: title, kind, presenting agency and person, minutes,
 * restricted.
 * The title is under the privacy guard (highlights; a refused save can be made anyway).
 */
import { NumberInput, Select, SimpleGrid, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/contract';
import type { AgendaItem } from '../../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '../../../../shared/domain/meetings';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { AppModal } from '../../components/AppModal';
import { PersonInput } from '../../components/PersonInput';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { GuardedTextInput } from '../../components/privacy/GuardedField';
import { contractRules, maxLengthOf, numberOf, rangeOf } from '../../components/form/contractRules';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';
import { ModalForm } from '../../components/ModalForm';

interface ItemFormProps {
  meetingId: string;
  item: AgendaItem | null;
  onClose: () => void;
}

const itemFields = contract['agenda:updateItem'].input.shape.patch;
const FIELDS = ['title', 'kind', 'presenterAgencyId', 'presenterName', 'minutes'] as const;
interface ItemValues {
  title: string;
  kind: AgendaItemKind;
  presenterAgencyId: string | null;
  presenterName: string;
  minutes: number | string;
  restricted: boolean;
}

function toFields(values: ItemValues) {
  return {
    ...values,
    title: values.title.trim(),
    presenterName: values.presenterName.trim(),
    minutes: numberOf(values.minutes),
  };
}

function ItemForm({ meetingId, item, onClose }: ItemFormProps) {
  const { t } = useTranslation();
  const vocab = useMeetingVocabulary();
  const [keep] = useState(() => (item?.presenterAgency ? [item.presenterAgency] : []));
  const agencies = useAgencyOptions(keep);
  const add = useMeetingMutation('agenda:addItem');
  const update = useMeetingMutation('agenda:updateItem');
  const save = item ? update : add;
  const form = useForm<ItemValues>({
    initialValues: {
      title: item?.title ?? '',
      kind: item?.kind ?? 'discussion',
      presenterAgencyId: item?.presenterAgency?.id ?? null,
      presenterName: item?.presenterName ?? '',
      minutes: item?.minutes ?? 15,
      restricted: item?.restricted ?? false,
    },
    validate: contractRules(t, {
      schema: itemFields.required({ title: true }),
      toInput: toFields,
      fields: FIELDS,
      required: { title: t('meetings.agenda.errors.title') },
      invalid: { minutes: t('meetings.agenda.errors.minutes') },
    }),
  });
  const submit = (values: ItemValues, privacyOverride: PrivacyOverride | null = null) => {
    const fields = toFields(values);
    const done = { onSuccess: onClose };
    if (item) update.mutate({ id: item.id, patch: fields, privacyOverride }, done);
    else add.mutate({ meetingId, ...fields, privacyOverride }, done);
  };
  const minutes = rangeOf(itemFields.shape.minutes);

  return (
    <ModalForm
      form={form}
      onSubmit={(values) => submit(values)}
      onCancel={onClose}
      submitLabel={t(item ? 'meetings.agenda.submitEdit' : 'meetings.agenda.submitAdd')}
      save={save}
      onOverride={(override) => submit(form.values, override)}
    >
      <GuardedTextInput
        label={t('meetings.agenda.fields.title')}
        value={form.values.title}
        onValueChange={(value) => form.setFieldValue('title', value)}
        privacyContext="minutes"
        error={form.errors.title}
        maxLength={maxLengthOf(itemFields.shape.title)}
        required
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Select
          label={t('meetings.agenda.fields.kind')}
          data={vocab.kinds}
          value={form.values.kind}
          onChange={(value) =>
            isOneOf(AGENDA_ITEM_KINDS, value) && form.setFieldValue('kind', value)
          }
          allowDeselect={false}
        />
        <Select
          {...form.getInputProps('presenterAgencyId')}
          label={t('meetings.agenda.fields.presenter')}
          placeholder={t('meetings.agenda.fields.noPresenter')}
          data={agencies.data}
          searchable
          clearable
        />
        <PersonInput
          label={t('meetings.agenda.fields.presenterName')}
          value={form.values.presenterName}
          onChange={(value) => form.setFieldValue('presenterName', value)}
          error={form.errors.presenterName}
          maxLength={maxLengthOf(itemFields.shape.presenterName)}
        />
        <NumberInput
          {...form.getInputProps('minutes')}
          label={t('meetings.agenda.fields.minutes')}
          min={minutes.min}
          max={minutes.max}
          allowDecimal={false}
          allowNegative={false}
        />
      </SimpleGrid>
      <Switch
        {...form.getInputProps('restricted', { type: 'checkbox' })}
        label={t('meetings.agenda.fields.restricted')}
        description={t('meetings.agenda.fields.restrictedDescription')}
      />
    </ModalForm>
  );
}

interface AgendaItemModalProps {
  meetingId: string;
  opened: boolean;
  item: AgendaItem | null;
  onClose: () => void;
}

export function AgendaItemModal({ meetingId, opened, item, onClose }: AgendaItemModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={opened}
      onClose={onClose}
      title={t(item ? 'meetings.agenda.editTitle' : 'meetings.agenda.addTitle')}
    >
      <ItemForm meetingId={meetingId} item={item} onClose={onClose} />
    </AppModal>
  );
}
