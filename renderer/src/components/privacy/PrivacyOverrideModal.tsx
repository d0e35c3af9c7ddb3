/**
 * When the privacy guard refuses a text (PII_DETECTED), this dialog names the kinds of
 * personal data it found and lets the user either go back and remove them or save anyway with
 * a written reason (audited with the kinds, never the text).
 */
import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PiiKind } from '../../../../shared/contract/privacy';
import { AppModal } from '../AppModal';

const MIN_REASON = 10;

interface PrivacyOverrideModalProps {
  /** The kinds found; the dialog is open while this is not null. */
  kinds: PiiKind[] | null;
  loading: boolean;
  onClose: () => void;
  onOverride: (reason: string) => void;
}

export function PrivacyOverrideModal({
  kinds,
  loading,
  onClose,
  onOverride,
}: PrivacyOverrideModalProps) {
  const { t } = useTranslation();
  return (
    <AppModal opened={kinds !== null} onClose={onClose} title={t('cases.pii.title')} size="md">
      {kinds ? (
        <OverrideForm kinds={kinds} loading={loading} onClose={onClose} onOverride={onOverride} />
      ) : null}
    </AppModal>
  );
}

function OverrideForm({
  kinds,
  loading,
  onClose,
  onOverride,
}: Omit<PrivacyOverrideModalProps, 'kinds'> & { kinds: PiiKind[] }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const short = reason.trim().length < MIN_REASON;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        // The dialog is portalled out of the form that opened it; its submit stays here.
        event.stopPropagation();
        setTouched(true);
        if (!short) onOverride(reason.trim());
      }}
      noValidate
    >
      <Stack gap="md">
        <Text>{t('cases.pii.found')}</Text>
        <Group gap="xs" aria-label={t('cases.pii.kindsLabel')} role="list">
          {kinds.length === 0 ? (
            <Badge color="red" variant="light" role="listitem">
              {t('cases.pii.kinds.unknown')}
            </Badge>
          ) : (
            kinds.map((kind) => (
              <Badge key={kind} color="red" variant="light" role="listitem">
                {t(`cases.pii.kinds.${kind}`)}
              </Badge>
            ))
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('cases.pii.advice')}
        </Text>
        <Textarea
          label={t('cases.pii.reason')}
          description={t('cases.pii.reasonDescription', { min: MIN_REASON })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={touched && short ? t('cases.pii.reasonShort', { min: MIN_REASON }) : null}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cases.pii.edit')}
          </Button>
          <Button type="submit" color="orange" loading={loading}>
            {t('cases.pii.override')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
