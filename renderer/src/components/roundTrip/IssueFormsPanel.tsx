/**
 * First half of the round-trip dialog: choose a body, the form language, the reply date and
 * optionally a NAP reporting period; the round is created, then a .zip with one update form
 * per agency (only its own open actions, and its NAP activities of the period) downloads.
 */
import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/languages';
import { call } from '../../api';
import { DayInput } from '../DayInput';
import { ErrorAlert } from '../ErrorAlert';
import { todayIso } from '../workspaceDay';
import { useBodyOptions } from '../../app/actions/actionOptions';
import { saveExportedFile } from '../exports/saveFile';
import { useNapPeriodOptions } from './napPeriodOptions';
import { RoundResponses } from './RoundResponses';

export function IssueFormsPanel({ initialBodyId }: { initialBodyId?: string } = {}) {
  const { t } = useTranslation();
  const bodies = useBodyOptions();
  const [bodyId, setBodyId] = useState<string | null>(initialBodyId ?? null);
  const [language, setLanguage] = useState<Language | null>(null);
  const [replyBy, setReplyBy] = useState<string>('');
  const [napPeriodId, setNapPeriodId] = useState<string | null>(null);
  const periods = useNapPeriodOptions();
  const issue = useMutation({
    mutationFn: async () => {
      const round = await call('roundTrip:createRound', {
        bodyId: bodyId!,
        ...(language ? { language } : {}),
        ...(replyBy ? { replyBy } : {}),
        ...(napPeriodId ? { napPeriodId } : {}),
      });
      return call('roundTrip:exportForms', { roundId: round.id });
    },
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
      {periods.length ? (
        <Select
          label={t('roundTrip.issue.napPeriod')}
          description={t('roundTrip.issue.napPeriodHint')}
          placeholder={t('roundTrip.issue.noNapPeriod')}
          data={periods}
          value={napPeriodId}
          onChange={setNapPeriodId}
          clearable
        />
      ) : null}
      {bodyId ? <RoundResponses bodyId={bodyId} /> : null}
      {issue.isError ? <ErrorAlert error={issue.error} /> : null}
      {issue.data ? (
        <Alert color="teal" variant="light" role="status" title={t('roundTrip.issue.done')}>
          <List size="sm">
            {issue.data.forms.map((f) => (
              <List.Item key={f.agencyId}>
                {t('roundTrip.issue.form', { agency: f.agencyName, count: f.actions })}
                {f.napItems ? ` · ${t('roundTrip.issue.napItems', { count: f.napItems })}` : ''}
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
