/** Agenda templates: apply the default or a saved one (items are appended), or save this agenda. */
import { Button, Menu, TextInput } from '@mantine/core';
import { IconTemplate, IconDeviceFloppy, IconChevronDown } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { useMeetingMutation } from './meetingQueries';
import { useTemplateOptions } from './useTemplateOptions';
import { ModalForm } from './ModalForm';

function SaveTemplateForm({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const save = useMutation({
    mutationFn: () => call('agenda:saveTemplate', { meetingId, name: name.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings', 'templates'] }),
  });
  const error = name.trim() ? null : t('meetings.agenda.templates.nameRequired');
  return (
    <ModalForm
      errors={{ name: error }}
      onValid={() => {
        save.mutate(undefined, {
          onSuccess: (template) => {
            notify.success(t('meetings.agenda.templates.saved'), template.name);
            onClose();
          },
        });
      }}
      onCancel={onClose}
      submitLabel={t('meetings.agenda.templates.saveSubmit')}
      loading={save.isPending}
      failure={save.error}
    >
      {(shown) => (
        <>
          <TextInput
            label={t('meetings.agenda.templates.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={shown('name')}
            maxLength={120}
            required
            data-autofocus
          />
        </>
      )}
    </ModalForm>
  );
}

export function AgendaTemplates({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const options = useTemplateOptions(meeting.language);
  const apply = useMeetingMutation('agenda:applyTemplate');
  const [saving, setSaving] = useState(false);

  return (
    <>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconTemplate size={16} aria-hidden />}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            disabled={meeting.locked}
            loading={apply.isPending}
          >
            {t('meetings.agenda.templates.apply')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {options.map((option) => (
            <Menu.Item
              key={option.value}
              onClick={() =>
                apply.mutate(
                  { meetingId: meeting.id, templateId: option.value, replace: false },
                  { onError: (error) => notify.error(error) },
                )
              }
            >
              {option.label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        disabled={meeting.locked || meeting.agenda.length === 0}
        onClick={() => setSaving(true)}
      >
        {t('meetings.agenda.templates.save')}
      </Button>
      <AppModal
        opened={saving}
        onClose={() => setSaving(false)}
        title={t('meetings.agenda.templates.saveTitle')}
        size="md"
      >
        <SaveTemplateForm meetingId={meeting.id} onClose={() => setSaving(false)} />
      </AppModal>
    </>
  );
}
