/** The options of one document in the export dialog: draft marking, restricted items, scope. */
import { Alert, Checkbox, Group, MultiSelect, Select, Stack, Switch } from '@mantine/core';
import { IconLock, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAgencyOptions, useBodyList } from '../../app/bodies/bodyQueries';
import { ATTACHABLE_DOCUMENTS, type AttachableDocument } from './exportDocuments';
import type { ExportRequest } from './runExport';
import { currentYear, todayIso } from '../workspaceDay';
import { DayInput } from '../DayInput';

const YEARS_OFFERED = 10;

export interface OptionsProps {
  request: ExportRequest;
  change: <K extends keyof ExportRequest>(key: K, value: ExportRequest[K]) => void;
}

/** Follow-up letters for some agencies only; none chosen = every agency with open actions. */
function AgencyChoice({ request, change }: OptionsProps) {
  const { t } = useTranslation();
  const agencies = useAgencyOptions();
  return (
    <MultiSelect
      label={t('exports.options.agencies')}
      description={t('exports.options.agenciesHint')}
      placeholder={request.agencyIds.length === 0 ? t('exports.options.allAgencies') : undefined}
      data={agencies.data}
      value={request.agencyIds}
      onChange={(ids) => change('agencyIds', ids)}
      searchable
      clearable
    />
  );
}

function DraftSwitch({ request, change }: OptionsProps) {
  const { t } = useTranslation();
  return (
    <Switch
      label={t('exports.options.draft')}
      description={t('exports.options.draftHint')}
      checked={request.draft}
      onChange={(event) => change('draft', event.currentTarget.checked)}
    />
  );
}

function RestrictedSwitch({ request, change, disabled }: OptionsProps & { disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Switch
        label={t('exports.options.includeRestricted')}
        checked={request.includeRestricted}
        disabled={disabled}
        onChange={(event) => change('includeRestricted', event.currentTarget.checked)}
      />
      {request.includeRestricted && !disabled ? (
        <Alert color="orange" variant="light" icon={<IconLock size={18} aria-hidden />}>
          {t('exports.options.restrictedWarning')}
        </Alert>
      ) : null}
    </>
  );
}

function BodySelect({ request, change }: OptionsProps) {
  const { t } = useTranslation();
  const bodies = useBodyList();
  return (
    <Select
      label={t('exports.options.body')}
      placeholder={t('exports.options.allBodies')}
      data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
      value={request.bodyId}
      onChange={(value) => change('bodyId', value)}
      clearable
      searchable
    />
  );
}

function YearSelect({ request, change }: OptionsProps) {
  const { t } = useTranslation();
  const thisYear = currentYear();
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => String(thisYear + 1 - i));
  return (
    <Select
      label={t('exports.options.year')}
      placeholder={t('exports.options.allYears')}
      data={years}
      value={request.year ? String(request.year) : null}
      onChange={(value) => change('year', value ? Number(value) : null)}
      clearable
      w={160}
    />
  );
}

/** Follow-up letters as one Word file (to print) or one e-mail draft per agency (a .zip). */
function LetterEmailsSwitch({ request, change }: OptionsProps) {
  const { t } = useTranslation();
  return (
    <Switch
      label={t('exports.options.letterEmails')}
      description={t('exports.options.letterEmailsHint')}
      checked={request.letterEmails}
      onChange={(event) => change('letterEmails', event.currentTarget.checked)}
    />
  );
}

function AttachmentChoice({ request, change }: OptionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Checkbox.Group
        label={t('exports.options.attachments')}
        value={request.attachments}
        onChange={(value) => change('attachments', value as AttachableDocument[])}
        error={request.attachments.length === 0 ? t('exports.options.attachmentsNone') : null}
      >
        <Group gap="md" mt={6}>
          {ATTACHABLE_DOCUMENTS.map((doc) => (
            <Checkbox key={doc} value={doc} label={t(`exports.documents.${doc}.title`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {request.attachments.includes('agencyFollowUp') ? (
        <Alert color="blue" variant="light" icon={<IconMailForward size={18} aria-hidden />}>
          {t('exports.options.lettersSeparately')}
        </Alert>
      ) : null}
    </>
  );
}

export function ExportOptions(props: OptionsProps) {
  const { t } = useTranslation();
  const { request, change } = props;
  switch (request.document) {
    case 'agenda':
      return <DraftSwitch {...props} />;
    case 'minutes':
      return (
        <Stack gap="sm">
          <DraftSwitch {...props} />
          <RestrictedSwitch {...props} />
        </Stack>
      );
    case 'distributionEmail':
      return (
        <Stack gap="sm">
          <AttachmentChoice {...props} />
          <RestrictedSwitch {...props} disabled={!request.attachments.includes('minutes')} />
        </Stack>
      );
    case 'actionTracker':
    case 'actionTrackerSheet':
      return <BodySelect {...props} />;
    case 'agencyFollowUp':
      return (
        <Stack gap="sm">
          <Group grow align="flex-start">
            <BodySelect {...props} />
            <DayInput
              label={t('exports.options.replyBy')}
              value={request.replyBy}
              min={todayIso()}
              onChange={(value) => change('replyBy', value)}
              required
            />
          </Group>
          <AgencyChoice {...props} />
          <LetterEmailsSwitch {...props} />
        </Stack>
      );
    case 'decisionRegister':
      return (
        <Group grow align="flex-start">
          <BodySelect {...props} />
          <YearSelect {...props} />
        </Group>
      );
    case 'calendar':
      return null;
  }
}
