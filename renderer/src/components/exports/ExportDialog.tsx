/**
 * The export dialog: which document (fixed by the caller or chosen), for which meeting or body,
 * in which language, with its options; then the build with a progress bar and the download.
 */
import { Button, Group, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { MeetingSummary } from '../../../../shared/contract/meetings';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import {
  LANGUAGES,
  LANGUAGE_NATIVE_NAMES,
  type Language,
} from '../../../../shared/domain/languages';
import { call } from '../../api';
import { AppModal } from '../AppModal';
import { ErrorAlert } from '../ErrorAlert';
import { formatDay } from '../formatDay';
import { useNotify } from '../useNotify';
import { meetingKeys } from '../../app/meetings/meetingQueries';
import { isPiiRefusal, PiiRefusal } from '../privacy/PiiRefusal';
import { useWorkspaceSettings } from '../../app/workspace/workspaceQueries';
import {
  defaultAttachments,
  defaultDraft,
  defaultReplyBy,
  DOCUMENT_INFO,
  EXPORT_DOCUMENTS,
  SAVED_HINT,
  type ExportDocument,
} from './exportDocuments';
import { ExportOptions } from './ExportOptions';
import { runExport, type ExportOutcome, type ExportRequest } from './runExport';
import { useExportProgress } from './useExportProgress';

export interface ExportDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Fixed by the caller; otherwise chosen in the dialog. */
  document?: ExportDocument;
  /** The meeting of a meeting document, when the caller is that meeting's page. */
  meeting?: MeetingSummary;
  /** Shows which meeting that is (when the caller is not its page, e.g. the command palette). */
  showMeeting?: boolean;
  /** Where body documents start (e.g. the register's current filter). */
  bodyId?: string | null;
  year?: number | null;
}

export function ExportDialog({ opened, onClose, ...props }: ExportDialogProps) {
  const { t } = useTranslation();
  // Each opening starts a fresh form, even when the dialog reopens during its closing
  // transition (its content would otherwise still show the last export's outcome).
  const [openings, setOpenings] = useState(0);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setOpenings((n) => n + 1);
  }
  return (
    <AppModal
      confirmDiscard={false}
      opened={opened}
      onClose={onClose}
      title={
        props.document ? t(`exports.documents.${props.document}.title`) : t('exports.dialog.title')
      }
    >
      <ExportForm key={openings} {...props} onClose={onClose} />
    </AppModal>
  );
}

type FormProps = Omit<ExportDialogProps, 'opened'>;

/** What was saved: a document, one e-mail draft, or a .zip of drafts (one per agency). */
function savedMessage(t: TFunction, outcome: ExportOutcome, document: ExportDocument): string {
  if (outcome.recipients === undefined) {
    return t(`exports.savedHint.${SAVED_HINT[document] ?? 'word'}`);
  }
  if (!outcome.fileName.endsWith('.zip')) {
    return t('exports.emailSaved', { count: outcome.recipients });
  }
  const missing = outcome.agenciesWithoutRecipients ?? [];
  const saved = t('exports.draftsSaved', { count: outcome.messages });
  return missing.length === 0
    ? saved
    : `${saved} ${t('exports.draftsWithoutRecipients', { agencies: missing.join(', ') })}`;
}
type Choices = Partial<ExportRequest>;

function useMeetingChoices(enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.list({}),
    queryFn: () => call('meetings:list', {}),
    enabled,
  });
}

function ExportForm({ onClose, meeting: fixedMeeting, showMeeting, ...props }: FormProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [choices, setChoices] = useState<Choices>({});
  const document = choices.document ?? props.document ?? 'agenda';
  const info = DOCUMENT_INFO[document];
  const settings = useWorkspaceSettings();
  const meetings = useMeetingChoices(info.scope === 'meeting' && !fixedMeeting);
  const meetingId = choices.meetingId ?? fixedMeeting?.id ?? null;
  const meeting = fixedMeeting ?? meetings.data?.items.find((m) => m.id === meetingId);
  const workspaceLanguage: Language = settings.data?.defaultLanguage ?? 'en';
  const request: ExportRequest = {
    document,
    meetingId,
    bodyId: props.bodyId ?? null,
    year: props.year ?? null,
    language: info.scope === 'meeting' && meeting ? meeting.language : workspaceLanguage,
    draft: defaultDraft(document, meeting?.status),
    includeRestricted: false,
    replyBy: defaultReplyBy(),
    agencyIds: [],
    letterEmails: false,
    attachments: defaultAttachments(meeting?.status),
    ...choices,
  };
  const change = <K extends keyof ExportRequest>(key: K, value: ExportRequest[K]) =>
    setChoices((current) => ({ ...current, [key]: value }));
  /** Another meeting brings its own defaults (language, draft, attachments). */
  const pickMeeting = (value: string | null) =>
    setChoices((current) => {
      const next = { ...current, meetingId: value };
      delete next.language;
      delete next.draft;
      delete next.attachments;
      return next;
    });
  const { fraction, reset } = useExportProgress(info.channel);
  const exported = useMutation({
    mutationFn: ({ override }: { override: PrivacyOverride | null }) =>
      runExport(request, override),
    onSuccess: (outcome: ExportOutcome) =>
      notify.success(
        t('exports.saved', { fileName: outcome.fileName }),
        savedMessage(t, outcome, document),
      ),
  });
  const missingMeeting = info.scope === 'meeting' && !meetingId;
  const invalid =
    missingMeeting ||
    (document === 'distributionEmail' && request.attachments.length === 0) ||
    (document === 'agencyFollowUp' && !request.replyBy);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid || exported.isPending) return;
    reset();
    exported.mutate({ override: null });
  };
  const exportAnyway = (override: PrivacyOverride) => {
    reset();
    exported.mutate({ override });
  };
  const percent = exported.isSuccess ? 100 : Math.round((fraction ?? 0) * 100);

  return (
    <form onSubmit={submit} aria-label={t('exports.dialog.formLabel')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t(`exports.documents.${document}.description`)}
        </Text>
        {props.document ? null : (
          <Select
            label={t('exports.dialog.document')}
            data={EXPORT_DOCUMENTS.map((d) => ({
              value: d,
              label: t(`exports.documents.${d}.title`),
            }))}
            value={document}
            onChange={(value) => value && change('document', value as ExportDocument)}
            allowDeselect={false}
          />
        )}
        {info.scope === 'meeting' && fixedMeeting && showMeeting ? (
          <TextInput
            label={t('exports.dialog.meeting')}
            value={`${fixedMeeting.title} · ${fixedMeeting.bodyName} · ${formatDay(fixedMeeting.date, i18n.language)}`}
            readOnly
          />
        ) : null}
        {info.scope === 'meeting' && !fixedMeeting ? (
          <Select
            label={t('exports.dialog.meeting')}
            placeholder={t('exports.dialog.meetingPlaceholder')}
            data={(meetings.data?.items ?? []).map((m) => ({
              value: m.id,
              label: `${m.title} · ${m.bodyName} · ${formatDay(m.date, i18n.language)}`,
            }))}
            value={meetingId}
            onChange={pickMeeting}
            nothingFoundMessage={t('exports.dialog.noMeetings')}
            searchable
            required
          />
        ) : null}
        {info.localised ? (
          <Select
            label={t('exports.dialog.language')}
            description={t('exports.dialog.languageHint')}
            data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NATIVE_NAMES[l] }))}
            value={request.language}
            onChange={(value) => value && change('language', value as Language)}
            allowDeselect={false}
          />
        ) : null}
        <ExportOptions request={request} change={change} />
        {exported.isError && !isPiiRefusal(exported.error) ? (
          <ErrorAlert error={exported.error} />
        ) : null}
        <PiiRefusal
          mode="export"
          error={exported.error}
          loading={exported.isPending}
          onOverride={exportAnyway}
        />
        {exported.isPending || exported.isSuccess ? (
          <Stack gap={4}>
            <Progress
              value={percent}
              aria-label={t('exports.progress.label')}
              animated={exported.isPending}
              color={exported.isSuccess ? 'teal' : undefined}
              size="lg"
            />
            <Group gap={6} wrap="nowrap">
              {exported.isSuccess ? (
                <IconCircleCheck size={18} color="var(--mantine-color-teal-text)" aria-hidden />
              ) : null}
              <Text size="sm" c={exported.isSuccess ? undefined : 'dimmed'}>
                {exported.isSuccess
                  ? t('exports.saved', { fileName: exported.data.fileName })
                  : t('exports.progress.building', { percent })}
              </Text>
            </Group>
          </Stack>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {exported.isSuccess ? t('common.close') : t('common.cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconDownload size={16} aria-hidden />}
            disabled={invalid}
            loading={exported.isPending || settings.isPending}
          >
            {t('exports.dialog.export')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
