/**
 * Agenda templates: apply the default or a saved one (appended, or replacing an agenda whose
 * items hold no notes or decisions, after confirmation), or save this agenda.
 */
import { Button, Menu, TextInput } from '@mantine/core';
import { IconTemplate, IconDeviceFloppy, IconChevronDown } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from '@mantine/form';
import { contract } from '../../../../shared/contract';
import type { MeetingDetail } from '../../../../shared/contract/meetings';
import { call } from '../../api';
import { AppModal } from '../../components/AppModal';
import { useNotify } from '../../components/useNotify';
import { useMeetingMutation } from '../../app/meetings/meetingQueries';
import { useTemplateOptions } from './useTemplateOptions';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ModalForm } from '../../components/ModalForm';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';

const templateFields = contract['agenda:saveTemplate'].input.pick({ name: true });

function SaveTemplateForm({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useForm({
    initialValues: { name: '' },
    validate: contractRules(t, {
      schema: templateFields,
      fields: ['name'],
      required: { name: t('meetings.agenda.templates.nameRequired') },
    }),
  });
  const save = useMutation({
    mutationFn: (name: string) => call('agenda:saveTemplate', { meetingId, name: name.trim() }),
  });
  return (
    <ModalForm
      form={form}
      onSubmit={(values) => {
        save.mutate(values.name, {
          onSuccess: (template) => {
            notify.success(t('meetings.agenda.templates.saved'), template.name);
            onClose();
          },
        });
      }}
      onCancel={onClose}
      submitLabel={t('meetings.agenda.templates.saveSubmit')}
      save={save}
    >
      <TextInput
        {...form.getInputProps('name')}
        label={t('meetings.agenda.templates.name')}
        maxLength={maxLengthOf(templateFields.shape.name)}
        required
        data-autofocus
      />
    </ModalForm>
  );
}

export function AgendaTemplates({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const options = useTemplateOptions(meeting.language);
  const apply = useMeetingMutation('agenda:applyTemplate');
  const [saving, setSaving] = useState(false);
  const [replacing, setReplacing] = useState<{ value: string; label: string } | null>(null);

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
          {meeting.agenda.length > 0 ? (
            <Menu.Label>{t('meetings.agenda.templates.append')}</Menu.Label>
          ) : null}
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
          {meeting.agenda.length > 0 ? (
            <>
              <Menu.Divider />
              <Menu.Label>{t('meetings.agenda.templates.replace')}</Menu.Label>
              {options.map((option) => (
                <Menu.Item key={`replace-${option.value}`} onClick={() => setReplacing(option)}>
                  {option.label}
                </Menu.Item>
              ))}
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} aria-hidden />}
        // Saving a template copies the agenda and changes nothing in the meeting: approved
        // minutes' agendas can be reused too.
        disabled={meeting.agenda.length === 0}
        onClick={() => setSaving(true)}
      >
        {t('meetings.agenda.templates.save')}
      </Button>
      <ConfirmModal
        opened={replacing !== null}
        title={t('meetings.agenda.templates.replaceTitle')}
        message={t('meetings.agenda.templates.replaceMessage', {
          template: replacing?.label ?? '',
        })}
        confirmLabel={t('meetings.agenda.templates.replaceConfirm')}
        loading={apply.isPending}
        error={apply.error}
        onClose={() => {
          setReplacing(null);
          apply.reset();
        }}
        onConfirm={() =>
          apply.mutate(
            { meetingId: meeting.id, templateId: replacing!.value, replace: true },
            { onSuccess: () => setReplacing(null) },
          )
        }
      />
      <AppModal
        confirmDiscard={false}
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
