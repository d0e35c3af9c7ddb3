/** Move a case to another stage at a month; closing it asks for confirmation first. */
import { Alert, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { CASE_STAGES, type CaseStage } from '../../../../shared/domain/cases';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { isOneOf } from '../../app/agencies/agencyVocabulary';
import { isMonth } from './caseFormValues';
import { useCaseMutation } from '../../app/cases/caseQueries';
import { currentMonth } from '../../components/workspaceDay';
import { useCaseVocabulary } from './caseVocabulary';

interface StageModalProps {
  opened: boolean;
  detail: CaseDetail;
  onClose: () => void;
}

export function StageModal(props: StageModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal
      opened={props.opened}
      onClose={props.onClose}
      title={t('cases.stage.title')}
      size="md"
    >
      <StageForm {...props} />
    </AppModal>
  );
}

function StageForm({ detail, onClose }: StageModalProps) {
  const { t } = useTranslation();
  const vocab = useCaseVocabulary();
  const [stage, setStage] = useState<CaseStage | null>(null);
  const [month, setMonth] = useState(currentMonth());
  const [confirming, setConfirming] = useState(false);
  const [touched, setTouched] = useState(false);
  const update = useCaseMutation('cases:update');
  const monthOk = isMonth(month);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (!stage || !monthOk) return;
        if (stage === 'closed' && !confirming) {
          setConfirming(true);
          return;
        }
        update.mutate({ id: detail.id, stage, stageMonth: month }, { onSuccess: onClose });
      }}
      noValidate
    >
      <Stack gap="md">
        <Select
          label={t('cases.stage.newStage')}
          data={vocab.stages.filter((s) => s.value !== detail.stage)}
          value={stage}
          onChange={(v) => {
            setStage(isOneOf(CASE_STAGES, v) ? v : null);
            setConfirming(false);
          }}
          error={touched && !stage ? t('cases.stage.chooseStage') : null}
          required
        />
        <TextInput
          type="month"
          label={t('cases.stage.month')}
          value={month}
          onChange={(e) => setMonth(e.currentTarget.value)}
          error={touched && !monthOk ? t('cases.form.errors.month') : null}
          required
        />
        {confirming ? (
          <Alert color="red" variant="light" title={t('cases.stage.confirmCloseTitle')}>
            {t('cases.stage.confirmClose', { code: detail.code })}
          </Alert>
        ) : null}
        {update.error ? <ErrorAlert error={update.error} /> : null}
        <FormActions
          onCancel={onClose}
          submitLabel={confirming ? t('cases.stage.closeCase') : t('cases.stage.save')}
          color={confirming ? 'red' : undefined}
          loading={update.isPending}
        />
      </Stack>
    </form>
  );
}
