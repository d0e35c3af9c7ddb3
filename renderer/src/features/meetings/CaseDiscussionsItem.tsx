/**
 * The restricted "Case discussions" agenda item: the cases put on it (chosen from the case
 * register), and for each case the discussion entries recorded at this meeting and the
 * actions agreed, with forms to add both (not once the minutes are approved). Entries are rich
 * text, typed in the minutes' editor (small, personal data highlighted as typed); a save the
 * privacy guard refuses shows what it found and can be made with a written reason.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionCreateSchema } from '../../../../shared/contract/actions';
import type { MeetingCases } from '../../../../shared/contract/cases';
import type { RichDoc } from '../../../../shared/domain/richText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RichTextView } from '../../components/RichTextView';
import { useAgencyOptions } from '../../app/bodies/bodyQueries';
import { PrivacyOverrideModal } from '../../components/privacy/PrivacyOverrideModal';
import { usePrivacyGuard } from '../../components/privacy/usePrivacyGuard';
import {
  useAddCaseAction,
  useAddCaseDiscussion,
  useCaseOptions,
  useMeetingCases,
  useSetMeetingCases,
} from './caseMeetingQueries';
import { EntryEditor, useEntryEditor } from './EntryEditor';
import { DayInput } from '../../components/DayInput';
import { contractRules, maxLengthOf } from '../../components/form/contractRules';

type MeetingCase = MeetingCases['cases'][number];

function DiscussionForm(props: { meetingId: string; caseId: string; code: string }) {
  const { t, i18n } = useTranslation();
  const add = useAddCaseDiscussion();
  const guard = usePrivacyGuard();
  const language = (['en', 'es', 'fr'] as const).find((l) => i18n.language.startsWith(l));
  const label = t('caseMeeting.entry.label', { code: props.code });
  const entry = useEntryEditor(label, t('caseMeeting.entry.help'));
  const save = (doc: RichDoc, reason: string | null) =>
    add.mutate(
      {
        caseId: props.caseId,
        meetingId: props.meetingId,
        text: doc,
        language,
        privacyOverride: reason ? { reason } : null,
      },
      {
        onSuccess: () => {
          guard.close();
          entry.clear();
        },
        onError: (error) => {
          guard.catchPii(error, (r) => save(doc, r));
        },
      },
    );
  return (
    <Stack gap="xs">
      <EntryEditor
        entry={entry}
        language={language ?? 'en'}
        label={label}
        description={t('caseMeeting.entry.help')}
      />
      {add.error && !guard.isPii(add.error) ? <ErrorAlert error={add.error} /> : null}
      <Group gap="xs">
        <Button
          size="xs"
          loading={add.isPending}
          disabled={entry.invalid}
          onClick={() => save(entry.doc, null)}
        >
          {t('caseMeeting.entry.save')}
        </Button>
      </Group>
      <PrivacyOverrideModal {...guard.dialog} loading={add.isPending} />
    </Stack>
  );
}

/** What the agreed-action form shows of 'actions:create' (the meeting and case are given). */
const caseActionFields = actionCreateSchema.pick({
  title: true,
  ownerAgencyId: true,
  dueDate: true,
});

interface CaseActionValues {
  title: string;
  ownerAgencyId: string | null;
  dueDate: string;
}

const toCaseActionFields = (values: CaseActionValues) => ({
  title: values.title.trim(),
  ownerAgencyId: values.ownerAgencyId ?? '',
  ...(values.dueDate ? { dueDate: values.dueDate } : {}),
});

function ActionForm(props: {
  meetingId: string;
  agendaItemId: string | null;
  caseId: string;
  code: string;
}) {
  const { t } = useTranslation();
  const add = useAddCaseAction();
  const agencies = useAgencyOptions();
  const [open, setOpen] = useState(false);
  const form = useForm<CaseActionValues>({
    initialValues: { title: '', ownerAgencyId: null, dueDate: '' },
    validate: contractRules(t, {
      schema: caseActionFields,
      toInput: toCaseActionFields,
      fields: ['title', 'ownerAgencyId', 'dueDate'],
      required: {
        title: t('actions.form.errors.titleRequired'),
        ownerAgencyId: t('actions.form.errors.ownerRequired'),
      },
    }),
  });
  if (!open) {
    return (
      <Button size="xs" variant="light" onClick={() => setOpen(true)}>
        {t('caseMeeting.action.add')}
      </Button>
    );
  }
  const submit = (values: CaseActionValues) =>
    add.mutate(
      {
        ...toCaseActionFields(values),
        meetingId: props.meetingId,
        ...(props.agendaItemId ? { agendaItemId: props.agendaItemId } : {}),
        caseId: props.caseId,
      },
      {
        onSuccess: () => {
          form.reset();
          setOpen(false);
        },
      },
    );
  return (
    <form noValidate onSubmit={form.onSubmit(submit)}>
      <Stack gap="xs">
        <TextInput
          {...form.getInputProps('title')}
          label={t('caseMeeting.action.title', { code: props.code })}
          maxLength={maxLengthOf(caseActionFields.shape.title)}
        />
        <Group grow>
          <Select
            {...form.getInputProps('ownerAgencyId')}
            label={t('caseMeeting.action.owner')}
            data={agencies.data}
            searchable
          />
          <DayInput {...form.getInputProps('dueDate')} label={t('caseMeeting.action.due')} />
        </Group>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {t('caseMeeting.action.save')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CaseCard(props: {
  meetingId: string;
  agendaItemId: string | null;
  entry: MeetingCase;
  locked: boolean;
}) {
  const { t } = useTranslation();
  const c = props.entry;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="meeting-case" aria-label={c.code}>
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600} ff="monospace">
            {c.code}
          </Text>
          <Badge variant="light" size="sm">
            {t(`caseMeeting.stages.${c.stage}`)}
          </Badge>
        </Group>
        {c.discussions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('caseMeeting.entry.none')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {c.discussions.map((d) => (
              <List.Item key={d.id}>
                <RichTextView doc={d.doc} />
              </List.Item>
            ))}
          </List>
        )}
        {c.actions.length > 0 ? (
          <Stack gap={2}>
            <Text size="sm" fw={600}>
              {t('caseMeeting.action.agreed')}
            </Text>
            <List size="sm" spacing={2}>
              {c.actions.map((a) => (
                <List.Item key={a.id}>
                  {a.title} ({t(`actions.status.${a.status}`)})
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {props.locked ? null : (
          <>
            <DiscussionForm meetingId={props.meetingId} caseId={c.id} code={c.code} />
            <ActionForm
              meetingId={props.meetingId}
              agendaItemId={props.agendaItemId}
              caseId={c.id}
              code={c.code}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function CaseDiscussionsItem(props: { meetingId: string; locked: boolean }) {
  const { t } = useTranslation();
  const onMeeting = useMeetingCases(props.meetingId);
  const options = useCaseOptions();
  const setCases = useSetMeetingCases();
  /** The user's choice while editing; null shows the cases on the meeting. */
  const [edited, setEdited] = useState<string[] | null>(null);
  const current = onMeeting.data?.cases ?? [];
  const currentIds = current.map((c) => c.id).join('|');
  const chosen = edited ?? current.map((c) => c.id);
  const data = (options.data?.items ?? []).map((c) => ({ value: c.id, label: c.code }));
  for (const c of current)
    if (!data.some((d) => d.value === c.id)) data.push({ value: c.id, label: c.code });
  const changed = chosen.join('|') !== currentIds;
  return (
    <Stack gap="xs" data-testid="case-discussions">
      <Text size="sm" c="dimmed">
        {t('caseMeeting.notice')}
      </Text>
      {props.locked ? null : (
        <Group align="flex-end" gap="xs">
          <MultiSelect
            style={{ flex: '1 1 12rem', minWidth: 0 }}
            label={t('caseMeeting.choose')}
            data={data}
            value={chosen}
            onChange={setEdited}
            searchable
            nothingFoundMessage={t('caseMeeting.noCases')}
          />
          <Button
            size="sm"
            disabled={!changed}
            loading={setCases.isPending}
            onClick={() =>
              setCases.mutate(
                { meetingId: props.meetingId, caseIds: chosen },
                { onSuccess: () => setEdited(null) },
              )
            }
          >
            {t('caseMeeting.saveCases')}
          </Button>
        </Group>
      )}
      {setCases.isError ? <ErrorAlert error={setCases.error} /> : null}
      {onMeeting.isError ? <ErrorAlert error={onMeeting.error} /> : null}
      {current.length === 0 && onMeeting.isSuccess ? (
        <Alert variant="light" color="gray">
          {t('caseMeeting.empty')}
        </Alert>
      ) : null}
      {current.map((c) => (
        <CaseCard
          key={c.id}
          meetingId={props.meetingId}
          agendaItemId={onMeeting.data?.agendaItemId ?? null}
          entry={c}
          locked={props.locked}
        />
      ))}
    </Stack>
  );
}
