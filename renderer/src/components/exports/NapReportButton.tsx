/**
 * Produce the NAP progress report (Word, with its Excel annex) for a plan and period: a dialog
 * with the period, document language, status vocabulary and options, the narratives (the
 * executive one and, per pillar, achievements / challenges / recommendations, in the document
 * language), "mark final", the build's progress, and the saved file.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  Progress,
  Select,
  Stack,
  Switch,
  Tabs,
  Text,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconFileReport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NapNarrativeKind, NapReportVocabulary } from '../../../../shared/contract/napReport';
import type { Language } from '../../../../shared/domain/languages';
import { call } from '../../api';
import { saveExportedFile } from './saveFile';
import { useExportProgress } from './useExportProgress';

export interface NapReportButtonProps {
  planId: string;
}

const PILLAR_KINDS: NapNarrativeKind[] = ['achievements', 'challenges', 'recommendations'];
const VOCABULARIES: NapReportVocabulary[] = ['app', 'rag', 'completion', 'ogp'];
const LANGS: Language[] = ['en', 'es', 'fr'];

const narrativeKey = (pillarId: string | null, kind: NapNarrativeKind) =>
  `${pillarId ?? 'plan'}:${kind}`;

/** Saved when the field is left; remounted (key) when the saved text changes. */
function NarrativeField(props: {
  label: string;
  value: string;
  disabled: boolean;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(props.value);
  return (
    <Textarea
      label={props.label}
      autosize
      minRows={2}
      maxRows={8}
      value={text}
      disabled={props.disabled}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        if (text !== props.value) props.onSave(text);
      }}
    />
  );
}

function ReportDialog({ planId, onClose }: NapReportButtonProps & { onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const plan = useQuery({
    queryKey: ['nap', 'plan', planId],
    queryFn: () => call('nap:getPlan', { id: planId }),
  });
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('en');
  const [vocabulary, setVocabulary] = useState<NapReportVocabulary>('app');
  const [includeBudget, setIncludeBudget] = useState(true);
  const [includeAnnexes, setIncludeAnnexes] = useState(true);
  const [includeCaseStatistics, setIncludeCaseStatistics] = useState(false);
  const periods = plan.data?.periods ?? [];
  const period = periodId ?? periods[periods.length - 1]?.id ?? null;
  const narrativesKey = ['nap', 'narratives', planId, period];
  const narratives = useQuery({
    queryKey: narrativesKey,
    queryFn: () => call('nap:getNarratives', { planId, periodId: period! }),
    enabled: period !== null,
  });
  const save = useMutation({
    mutationFn: (n: { pillarId: string | null; kind: NapNarrativeKind; text: string }) =>
      call('nap:saveNarrative', {
        planId,
        periodId: period!,
        kind: n.kind,
        language,
        text: n.text,
        ...(n.pillarId ? { pillarId: n.pillarId } : {}),
      }),
    onSuccess: (data) => client.setQueryData(narrativesKey, data),
  });
  const markFinal = useMutation({
    mutationFn: (final: boolean) =>
      call('nap:setReportFinal', { planId, periodId: period!, final }),
    onSuccess: (data) => client.setQueryData(narrativesKey, data),
  });
  const word = useExportProgress('exports:napProgressReport');
  const sheet = useExportProgress('exports:napProgressReportXlsx');
  const build = useMutation({
    mutationFn: async (kind: 'docx' | 'xlsx') => {
      (kind === 'docx' ? word : sheet).reset();
      const input = {
        planId,
        periodId: period!,
        language,
        vocabulary,
        options: { includeBudget, includeAnnexes, includeCaseStatistics },
      };
      return kind === 'docx'
        ? call('exports:napProgressReport', input)
        : call('exports:napProgressReportXlsx', input);
    },
    onSuccess: (file) => saveExportedFile(file),
  });
  const final = narratives.data?.final ?? false;
  const textOf = (pillarId: string | null, kind: NapNarrativeKind) =>
    narratives.data?.narratives.find(
      (n) => n.pillarId === pillarId && n.kind === kind && n.language === language,
    )?.text ?? '';
  const fraction = build.isPending ? (build.variables === 'xlsx' ? sheet : word).fraction : null;
  const failed = save.error ?? markFinal.error ?? build.error;
  return (
    <Stack gap="md">
      <Group grow align="flex-end">
        <Select
          label={t('nap.report.period')}
          data={periods.map((p) => ({ value: p.id, label: p.label }))}
          value={period}
          onChange={setPeriodId}
          allowDeselect={false}
        />
        <Select
          label={t('nap.report.language')}
          data={LANGS.map((l) => ({ value: l, label: t(`nap.report.languages.${l}`) }))}
          value={language}
          onChange={(v) => v && setLanguage(v as Language)}
          allowDeselect={false}
        />
        <Select
          label={t('nap.report.vocabulary')}
          data={VOCABULARIES.map((v) => ({ value: v, label: t(`nap.report.vocabularies.${v}`) }))}
          value={vocabulary}
          onChange={(v) => v && setVocabulary(v as NapReportVocabulary)}
          allowDeselect={false}
        />
      </Group>
      <Group>
        <Checkbox
          label={t('nap.report.includeBudget')}
          checked={includeBudget}
          onChange={(e) => setIncludeBudget(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('nap.report.includeAnnexes')}
          checked={includeAnnexes}
          onChange={(e) => setIncludeAnnexes(e.currentTarget.checked)}
        />
        <Checkbox
          label={t('nap.report.includeCaseStatistics')}
          checked={includeCaseStatistics}
          onChange={(e) => setIncludeCaseStatistics(e.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('nap.report.narrativesHint')}
      </Text>
      <Tabs defaultValue="plan" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="plan">{t('nap.report.executive')}</Tabs.Tab>
          {plan.data?.pillars.map((p) => (
            <Tabs.Tab key={p.id} value={p.id}>
              {`${p.code} ${p.name}`}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="plan" pt="sm">
          <NarrativeField
            key={`${narrativeKey(null, 'executive')}:${language}:${period}:${textOf(null, 'executive')}`}
            label={t('nap.report.kinds.executive')}
            value={textOf(null, 'executive')}
            disabled={final || period === null}
            onSave={(text) => save.mutate({ pillarId: null, kind: 'executive', text })}
          />
        </Tabs.Panel>
        {plan.data?.pillars.map((p) => (
          <Tabs.Panel key={p.id} value={p.id} pt="sm">
            <Stack gap="xs">
              {PILLAR_KINDS.map((kind) => (
                <NarrativeField
                  key={`${narrativeKey(p.id, kind)}:${language}:${period}:${textOf(p.id, kind)}`}
                  label={t(`nap.report.kinds.${kind}`)}
                  value={textOf(p.id, kind)}
                  disabled={final || period === null}
                  onSave={(text) => save.mutate({ pillarId: p.id, kind, text })}
                />
              ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      <Switch
        label={t('nap.report.markFinal')}
        description={t('nap.report.markFinalHint')}
        checked={final}
        disabled={period === null || markFinal.isPending}
        onChange={(e) => markFinal.mutate(e.currentTarget.checked)}
      />
      {failed && (
        <Alert color="red" role="alert">
          {t('nap.report.failed')}
        </Alert>
      )}
      {build.isPending && (
        <Progress value={(fraction ?? 0) * 100} animated aria-label={t('nap.report.building')} />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('nap.report.close')}
        </Button>
        <Button
          variant="light"
          disabled={period === null}
          loading={build.isPending && build.variables === 'xlsx'}
          onClick={() => build.mutate('xlsx')}
        >
          {t('nap.report.exportXlsx')}
        </Button>
        <Button
          disabled={period === null}
          loading={build.isPending && build.variables === 'docx'}
          onClick={() => build.mutate('docx')}
        >
          {t('nap.report.exportDocx')}
        </Button>
      </Group>
    </Stack>
  );
}

export function NapReportButton({ planId }: NapReportButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconFileReport size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('nap.report.button')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('nap.report.title')} size="xl">
        {open && <ReportDialog planId={planId} onClose={() => setOpen(false)} />}
      </Modal>
    </>
  );
}
