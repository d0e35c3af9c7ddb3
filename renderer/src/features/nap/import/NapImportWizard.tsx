/**
 * Import a NAP matrix (XLSX/CSV): file → sheet and header row → column mapping → preview with
 * per-row errors and agency choices → all-or-nothing commit. Mounted by the NAP page.
 *
 * The core reads the file again on every change (sheet, header row, mapping): a row error is
 * fixed here by mapping a column differently or moving the header row, or by correcting the
 * file and choosing it again (the layout chosen so far is kept).
 */
import { Button, FileButton, Group, Modal, Stack, Stepper, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { maxLengthOf } from '../../../components/form/contractRules';
import { napImportCommitInputSchema } from '../../../../../shared/contract/napImport';
import { NapImportCheck } from './NapImportCheck';
import { NapImportFile, NapImportLayout } from './NapImportLayout';
import { useNapImport, type NapImportState } from './useNapImport';

export interface NapImportWizardProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new plan's id after a successful commit. */
  onImported: (planId: string) => void;
}

export function NapImportWizard({ opened, onClose, onImported }: NapImportWizardProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('nap.import.title')} size="80rem">
      {opened ? <WizardBody onClose={onClose} onImported={onImported} /> : null}
    </Modal>
  );
}

function WizardBody({ onClose, onImported }: Omit<NapImportWizardProps, 'opened'>) {
  const { t } = useTranslation();
  const state = useNapImport();
  const [step, setStep] = useState(0);
  const commit = useMutation({
    mutationFn: () => {
      const input = state.commitInput();
      if (!input) throw new Error('no preview');
      return call('nap:importCommit', input);
    },
    onSuccess: (result) => onImported(result.planId),
  });
  const data = state.preview.data;
  const ready = data !== undefined && !state.preview.isFetching;
  const errors = data?.rowErrors.length ?? 0;
  const canNext = step === 0 ? ready && (data?.counts.activities ?? 0) > 0 : ready && errors === 0;

  return (
    <Stack gap="md">
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
        <Stepper.Step label={t('nap.import.stepLayout')}>
          <Stack gap="md">
            <NapImportFile state={state} />
            <NapImportLayout state={state} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('nap.import.stepCheck')}>
          <Stack gap="md">
            {errors > 0 ? <ReloadButton state={state} /> : null}
            <NapImportCheck state={state} />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('nap.import.stepImport')}>
          <Stack gap="md">
            <TextInput
              label={t('nap.import.planTitle')}
              value={state.title}
              onChange={(e) => state.setTitle(e.currentTarget.value)}
              required
              maxLength={maxLengthOf(napImportCommitInputSchema.shape.planTitle)}
              data-autofocus
            />
            {commit.isError ? <ErrorAlert error={commit.error} /> : null}
          </Stack>
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={step === 0 ? onClose : () => setStep(step - 1)}>
          {step === 0 ? t('common.cancel') : t('nap.import.back')}
        </Button>
        {step < 2 ? (
          <Button onClick={() => setStep(step + 1)} disabled={!canNext}>
            {t('nap.import.next')}
          </Button>
        ) : (
          <Button
            onClick={() => commit.mutate()}
            loading={commit.isPending}
            disabled={!ready || errors > 0 || state.title.trim() === ''}
          >
            {t('nap.import.commit', { count: data?.counts.activities ?? 0 })}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** Choose the corrected file again; sheet, header row, mapping and agency choices are kept. */
function ReloadButton({ state }: { state: NapImportState }) {
  const { t } = useTranslation();
  return (
    <Group>
      <FileButton accept=".csv,.xlsx" onChange={(f) => void state.choose(f, true)}>
        {(props) => (
          <Button variant="light" {...props} data-testid="nap-import-reload">
            {t('nap.import.reload')}
          </Button>
        )}
      </FileButton>
    </Group>
  );
}
