/**
 * What a save or an export refused with PII_DETECTED shows: the kinds found (by item, for an
 * export) and "Save anyway" / "Export anyway", which asks for a written reason (as long as
 * the contract's privacyOverrideSchema wants it, checked by that schema) and resends with
 * `privacyOverride: { reason }`. The override is audited.
 */
import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyOverride } from '../../../../shared/contract/privacy';
import { ApiError } from '../../api';
import {
  OVERRIDE_REASON_MAX,
  OVERRIDE_REASON_MIN,
  overrideReasonRules,
  toOverride,
} from './overrideReason';
import { refusedItems, refusedKinds } from './findings';
import { usePrivacyVocabulary } from './privacyVocabulary';

export function isPiiRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'PII_DETECTED';
}

interface PiiRefusalProps {
  error: unknown;
  onOverride: (override: PrivacyOverride) => void;
  loading?: boolean;
  /** A save (kinds only) or an export (kinds by item). */
  mode?: 'save' | 'export';
}

export function PiiRefusal({ error, onOverride, loading, mode = 'save' }: PiiRefusalProps) {
  const { t } = useTranslation();
  const { kindLabel, kindList } = usePrivacyVocabulary();
  const [asking, setAsking] = useState(false);
  // Not a <form>: this shows inside the form whose save was refused.
  const form = useForm<PrivacyOverride>({
    initialValues: { reason: '' },
    validate: overrideReasonRules(t, t('privacy.refusal.reasonHint', { min: OVERRIDE_REASON_MIN })),
  });
  if (!isPiiRefusal(error)) return null;
  const items = mode === 'export' ? refusedItems(error.details) : [];
  const kinds = refusedKinds(error.details);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconShieldExclamation size={20} aria-hidden />}
      title={t(`privacy.refusal.${mode}.title`)}
      data-testid="privacy-refusal"
    >
      <Stack gap="sm">
        {items.length > 0 ? (
          <List size="sm" spacing={2} aria-label={t('privacy.refusal.export.itemsLabel')}>
            {items.map((item, index) => (
              <List.Item key={`${item.item}-${index}`}>
                <Text span size="sm" fw={600}>
                  {item.item || t('privacy.refusal.export.unnamedItem')}
                </Text>
                {': '}
                {t('privacy.refusal.export.itemFindings', {
                  count: item.count,
                  kinds: item.kinds.map(kindLabel).join(', '),
                })}
              </List.Item>
            ))}
          </List>
        ) : kinds.length > 0 ? (
          <Text size="sm">{t('privacy.refusal.kinds', { kinds: kindList(kinds) })}</Text>
        ) : null}
        <Text size="sm">{t(`privacy.refusal.${mode}.hint`)}</Text>
        {asking ? (
          <Stack gap="xs">
            <Textarea
              label={t('privacy.refusal.reason')}
              description={t('privacy.refusal.reasonHint', { min: OVERRIDE_REASON_MIN })}
              {...form.getInputProps('reason')}
              autosize
              minRows={2}
              maxLength={OVERRIDE_REASON_MAX}
              required
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setAsking(false)}>
                {t('common.cancel')}
              </Button>
              <Button
                color="orange"
                size="xs"
                disabled={!form.isValid()}
                loading={loading}
                onClick={() => {
                  if (!form.validate().hasErrors) onOverride(toOverride(form.values));
                }}
              >
                {t(`privacy.refusal.${mode}.confirm`)}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button color="orange" variant="outline" size="xs" onClick={() => setAsking(true)}>
              {t(`privacy.refusal.${mode}.anyway`)}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
