/**
 * When the privacy guard refuses a text (PII_DETECTED), this dialog names the kinds of
 * personal data it found and lets the user either go back and remove them or save anyway with
 * a written reason (audited with the kinds, never the text).
 */
import { Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PiiKind } from '../../../../shared/contract/privacy';
import { AppModal } from '../AppModal';
import {
  OVERRIDE_REASON_MAX,
  OVERRIDE_REASON_MIN,
  overrideReasonRules,
  toOverride,
} from './overrideReason';

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
  const form = useForm({
    initialValues: { reason: '' },
    validate: overrideReasonRules(t, t('cases.pii.reasonShort', { min: OVERRIDE_REASON_MIN })),
  });
  const submit = form.onSubmit((values) => onOverride(toOverride(values).reason));
  return (
    <form
      onSubmit={(event) => {
        // The dialog is portalled out of the form that opened it; its submit stays here.
        event.stopPropagation();
        submit(event);
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
          {...form.getInputProps('reason')}
          description={t('cases.pii.reasonDescription', { min: OVERRIDE_REASON_MIN })}
          autosize
          minRows={2}
          maxLength={OVERRIDE_REASON_MAX}
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
