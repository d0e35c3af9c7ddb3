/** Imports agencies and focal points from CSV/XLSX: file → column mapping → preview → commit. */
import { Alert, Anchor, Button, Group, Stack, Stepper } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useNotify } from '../../../components/useNotify';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportState } from './useImportState';

const LAST_STEP = 2;

export function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const state = useImportState();
  const [step, setStep] = useState(0);
  const preview = state.preview.data;
  const ready = state.source !== null && preview !== undefined && !state.preview.isError;
  const importable = preview
    ? preview.rows.filter((row) => row.errors.length === 0 && !row.duplicateOf).length
    : 0;
  // Rows with errors (and skipped duplicates) are left out; the button says how many.
  const skipped = preview ? preview.rows.length - importable : 0;
  const blocked = !preview || importable === 0;
  const refused = state.commit.error instanceof ApiError && state.commit.error.code === 'DUPLICATE';

  const commit = () =>
    state.commit.mutate(undefined, {
      onSuccess: (result) => {
        notify.success(
          t('import.done'),
          t('import.doneMessage', {
            agencies: result.agenciesCreated,
            focalPoints: result.focalPointsCreated,
          }),
        );
        void navigate('/agencies');
      },
    });

  return (
    <>
      <Anchor component={Link} to="/agencies" size="sm" mb="xs" display="inline-block">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('import.back')}
        </Group>
      </Anchor>
      <PageHeader title={t('import.title')} subtitle={t('import.subtitle')} />
      <Stack gap="lg">
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('import.nothingWritten')}
        </Alert>
        <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
          <Stepper.Step label={t('import.steps.file')} description={t('import.steps.fileHint')}>
            <FileStep state={state} />
          </Stepper.Step>
          <Stepper.Step
            label={t('import.steps.mapping')}
            description={t('import.steps.mappingHint')}
          >
            <MappingStep state={state} />
          </Stepper.Step>
          <Stepper.Step
            label={t('import.steps.preview')}
            description={t('import.steps.previewHint')}
          >
            <PreviewStep state={state} />
          </Stepper.Step>
        </Stepper>
        {refused ? (
          <Alert color="red" variant="light">
            {t('import.refused')}
          </Alert>
        ) : state.commit.isError ? (
          <ErrorAlert error={state.commit.error} />
        ) : null}
        <Group justify="space-between">
          <Button component={Link} to="/agencies" variant="subtle">
            {t('common.cancel')}
          </Button>
          <Group gap="sm">
            {step > 0 ? (
              <Button variant="default" onClick={() => setStep(step - 1)}>
                {t('import.previous')}
              </Button>
            ) : null}
            {step < LAST_STEP ? (
              <Button onClick={() => setStep(step + 1)} disabled={!ready}>
                {t('import.next')}
              </Button>
            ) : (
              <Button
                onClick={commit}
                disabled={blocked || state.preview.isFetching}
                loading={state.commit.isPending}
              >
                {skipped > 0
                  ? t('import.commitSkipping', { count: importable, skipped })
                  : t('import.commit', { number: importable })}
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
    </>
  );
}
