/**
 * "Add item" / "Edit item" of an agenda: title, kind, presenting agency and person, minutes,
 * restricted.
 * The title is under the privacy guard (highlights; a refused save can be made anyway).
 */
import { NumberInput, Select, SimpleGrid, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import type { AgendaItemKind } from '../../../../shared/domain/meetings';
import { AppModal } from '../../components/AppModal';
import { PersonInput } from '../../components/PersonInput';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { GuardedTextInput } from '../../components/privacy/GuardedField';
import { isPiiRefusal, PiiRefusal } from '../../components/privacy/PiiRefusal';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useMeetingVocabulary } from '../../app/meetings/meetingVocabulary';
import { ModalForm } from '../../components/ModalForm';

interface ItemFormProps {
  meetingId: string;
  item: AgendaItem | null;
  onClose: () => void;
}

function ItemForm({ meetingId, item, onClose }: ItemFormProps) {
  const { t } = useTranslation();
  const vocab = useMeetingVocabulary();
  const [keep] = useState(() => (item?.presenterAgency ? [item.presenterAgency] : []));
  const agencies = useAgencyOptions(keep);
  const add = useMeetingMutation('agenda:addItem');
  const update = useMeetingMutation('agenda:updateItem');
  const save = item ? update : add;
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'discussion');
  const [presenterAgencyId, setPresenter] = useState<string | null>(
    item?.presenterAgency?.id ?? null,
  );
  const [presenterName, setPresenterName] = useState(item?.presenterName ?? '');
  const [minutes, setMinutes] = useState<number | string>(item?.minutes ?? 15);
  const [restricted, setRestricted] = useState(item?.restricted ?? false);
  const errors = {
    title: title.trim() ? null : t('meetings.agenda.errors.title'),
    minutes:
      Number.isInteger(Number(minutes)) && minutes !== '' && Number(minutes) >= 0
        ? null
        : t('meetings.agenda.errors.minutes'),
  };
  const fields = {
    title: title.trim(),
    kind,
    presenterAgencyId,
    presenterName: presenterName.trim(),
    minutes: Number(minutes),
    restricted,
  };
  const submit = (privacyOverride: PrivacyOverride | null) => {
    const done = { onSuccess: onClose };
    if (item) update.mutate({ id: item.id, patch: fields, privacyOverride }, done);
    else add.mutate({ meetingId, ...fields, privacyOverride }, done);
  };

  return (
    <ModalForm
      errors={errors}
      onValid={() => submit(null)}
      onCancel={onClose}
      submitLabel={t(item ? 'meetings.agenda.submitEdit' : 'meetings.agenda.submitAdd')}
      loading={save.isPending}
      failure={isPiiRefusal(save.error) ? null : save.error}
    >
      {(shown) => (
        <>
          <GuardedTextInput
            label={t('meetings.agenda.fields.title')}
            value={title}
            onValueChange={setTitle}
            privacyContext="minutes"
            error={shown('title')}
            maxLength={300}
            required
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Select
              label={t('meetings.agenda.fields.kind')}
              data={vocab.kinds}
              value={kind}
              onChange={(value) => setKind((value ?? 'discussion') as AgendaItemKind)}
              allowDeselect={false}
            />
            <Select
              label={t('meetings.agenda.fields.presenter')}
              placeholder={t('meetings.agenda.fields.noPresenter')}
              data={agencies.data}
              value={presenterAgencyId}
              onChange={setPresenter}
              searchable
              clearable
            />
            <PersonInput
              label={t('meetings.agenda.fields.presenterName')}
              value={presenterName}
              onChange={setPresenterName}
              maxLength={200}
            />
            <NumberInput
              label={t('meetings.agenda.fields.minutes')}
              value={minutes}
              onChange={setMinutes}
              min={0}
              max={600}
              allowDecimal={false}
              allowNegative={false}
              error={shown('minutes')}
            />
          </SimpleGrid>
          <Switch
            label={t('meetings.agenda.fields.restricted')}
            description={t('meetings.agenda.fields.restrictedDescription')}
            checked={restricted}
            onChange={(event) => setRestricted(event.currentTarget.checked)}
          />
          <PiiRefusal error={save.error} loading={save.isPending} onOverride={submit} />
        </>
      )}
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
