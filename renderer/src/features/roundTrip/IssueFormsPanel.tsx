/**
 * First half of the round-trip dialog: choose a body, the form language and the reply date,
 * and download a .zip with one update form per agency (only its own open actions).
 */
import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/languages';
import { call } from '../../api';
import { DayInput } from '../../components/DayInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../../components/workspaceDay';
import { useBodyOptions } from '../actions/actionOptions';
import { saveExportedFile } from '../exports/saveFile';
import { RoundResponses } from './RoundResponses';

export function IssueFormsPanel({ initialBodyId }: { initialBodyId?: string } = {}) {
  const { t } = useTranslation();
  const bodies = useBodyOptions();
  const [bodyId, setBodyId] = useState<string | null>(initialBodyId ?? null);
  const [language, setLanguage] = useState<Language | null>(null);
  const [replyBy, setReplyBy] = useState<string>('');
  const issue = useMutation({
    mutationFn: () =>
      call('roundTrip:exportForms', {
        bodyId: bodyId!,
        ...(language ? { language } : {}),
        ...(replyBy ? { replyBy } : {}),
      }),
    onSuccess: (file) => saveExportedFile(file),
  });

  return (
    <Stack gap="md">
      <Text size="sm">{t('roundTrip.issue.intro')}</Text>
      <Select
        label={t('roundTrip.issue.body')}
        data={bodies}
        value={bodyId}
        onChange={setBodyId}
        searchable
        required
      />
      <Group grow align="flex-start">
        <Select
          label={t('roundTrip.issue.language')}
          placeholder={t('roundTrip.issue.workspaceLanguage')}
          data={LANGUAGES.map((l) => ({ value: l, label: t(`roundTrip.languages.${l}`) }))}
          value={language}
          onChange={(v) => setLanguage(v as Language | null)}
          clearable
        />
        <DayInput
          label={t('roundTrip.issue.replyBy')}
          description={t('roundTrip.issue.replyByHint')}
          value={replyBy || null}
          onChange={setReplyBy}
          min={todayIso()}
        />
      </Group>
      {bodyId ? <RoundResponses bodyId={bodyId} /> : null}
      {issue.isError ? <ErrorAlert error={issue.error} /> : null}
      {issue.data ? (
        <Alert color="teal" variant="light" role="status" title={t('roundTrip.issue.done')}>
          <List size="sm">
            {issue.data.forms.map((f) => (
              <List.Item key={f.agencyId}>
                {t('roundTrip.issue.form', { agency: f.agencyName, count: f.actions })}
              </List.Item>
            ))}
          </List>
          {issue.data.agenciesWithoutRecipients.length ? (
            <Text size="sm" mt="xs">
              {t('roundTrip.issue.noRecipients', {
                agencies: issue.data.agenciesWithoutRecipients.join(', '),
              })}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button
          leftSection={<IconDownload size={18} aria-hidden />}
          disabled={!bodyId}
          loading={issue.isPending}
          onClick={() => issue.mutate()}
        >
          {t('roundTrip.issue.generate')}
        </Button>
      </Group>
    </Stack>
  );
}
