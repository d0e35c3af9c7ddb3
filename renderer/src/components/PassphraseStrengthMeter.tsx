/** Live strength of a new passphrase: a coloured bar, a label, and zxcvbn's advice translated. */
import { List, Progress, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/domain/passphrase';
import { usePassphraseStrength } from './usePassphraseStrength';
import type { TranslationKey } from '../i18n/keys';

const SCORE_KEYS: readonly TranslationKey[] = [
  'passphrase.score.0',
  'passphrase.score.1',
  'passphrase.score.2',
  'passphrase.score.3',
  'passphrase.score.4',
];

const SCORE_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/** zxcvbn feedback arrives as translation keys; unknown keys fall back to a generic hint. */
function feedbackText(t: TFunction, group: 'warnings' | 'suggestions', key: string): string {
  return t(`passphrase.${group}.${key}`, { defaultValue: t(`passphrase.${group}.generic`) });
}

export function PassphraseStrengthMeter({
  passphrase,
  context = [],
}: {
  passphrase: string;
  context?: string[];
}) {
  const { t } = useTranslation();
  const { data: strength } = usePassphraseStrength(passphrase, context);
  if (passphrase.length === 0) return null;

  const tooShort = passphrase.length < MIN_PASSPHRASE_LENGTH;
  const score = strength?.score ?? 0;
  const color = SCORE_COLORS[score] ?? 'red';
  const suggestions = strength
    ? [...new Set(strength.suggestions.map((key) => feedbackText(t, 'suggestions', key)))]
    : [];

  return (
    <Stack gap={6} data-testid="passphrase-strength">
      <Progress
        value={strength ? (score + 1) * 20 : 0}
        color={color}
        size="sm"
        aria-label={t('passphrase.strengthLabel')}
      />
      <Text size="sm" fw={500} aria-live="polite">
        {strength
          ? t('passphrase.strengthValue', { label: t(SCORE_KEYS[score] ?? 'passphrase.score.0') })
          : '\u00a0'}
      </Text>
      {tooShort ? (
        <Text size="sm" c="dimmed">
          {t('passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })}
        </Text>
      ) : strength && !strength.acceptable ? (
        <Text size="sm" c="dimmed">
          {t('passphrase.notAcceptable')}
        </Text>
      ) : null}
      {strength?.warning ? (
        <Text size="sm" c="orange">
          {feedbackText(t, 'warnings', strength.warning)}
        </Text>
      ) : null}
      {suggestions.length > 0 ? (
        <List size="sm" c="dimmed" spacing={2}>
          {suggestions.map((text) => (
            <List.Item key={text}>{text}</List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
