/** "Verify the chain": walks the whole audit log and says whether it is intact or where not. */
import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';

type VerifyResult = ChannelOutput<'audit:verify'>;

export function VerifyChainButton({
  onVerify,
  pending,
}: {
  onVerify: () => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Button
      variant="light"
      leftSection={<IconShieldCheck size={18} aria-hidden />}
      onClick={onVerify}
      loading={pending}
    >
      {t('audit.verify.button')}
    </Button>
  );
}

export function VerifyChainResult({ result, error }: { result?: VerifyResult; error: unknown }) {
  const { t, i18n } = useTranslation();
  if (error) return <ErrorAlert error={error} mb="md" data-testid="audit-verify-result" />;
  if (!result) return null;
  if (result.ok) {
    return (
      <Alert
        color="teal"
        variant="light"
        mb="md"
        role="status"
        icon={<IconShieldCheck size={20} aria-hidden />}
        data-testid="audit-verify-result"
      >
        {t('audit.verify.intact', {
          count: result.entries,
          entries: result.entries.toLocaleString(i18n.language),
        })}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      mb="md"
      role="alert"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      data-testid="audit-verify-result"
    >
      {t('audit.verify.broken', {
        seq: result.firstBrokenSeq ?? '?',
        reason: t(`audit.verify.reasons.${result.reason ?? 'hash'}`),
      })}
    </Alert>
  );
}
