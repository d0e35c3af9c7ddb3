/**
 * The findings of one guarded field or editor, listed beside it: each with its kind, the text
 * found, and a one-click replacement by the kind's placeholder in the UI language.
 */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PiiKind } from '../../../../shared/contract/privacy';
import { usePrivacyVocabulary } from './privacyVocabulary';

export interface PanelFinding {
  /** Stable while the finding stays in place. */
  id: string;
  kind: PiiKind;
  /** The text found (shown to the person typing it, never logged). */
  excerpt: string;
}

interface FindingsPanelProps {
  findings: readonly PanelFinding[];
  onReplace: (finding: PanelFinding) => void;
  disabled?: boolean;
}

const EXCERPT_MAX = 60;

function shorten(excerpt: string): string {
  return excerpt.length > EXCERPT_MAX ? `${excerpt.slice(0, EXCERPT_MAX - 1)}…` : excerpt;
}

export function FindingsPanel({ findings, onReplace, disabled }: FindingsPanelProps) {
  const { t } = useTranslation();
  const { kindLabel, placeholder } = usePrivacyVocabulary();
  return (
    <div aria-live="polite">
      {findings.length === 0 ? null : (
        <Paper
          withBorder
          p="xs"
          radius="sm"
          component="section"
          aria-label={t('privacy.panel.label')}
          className="pii-panel"
          data-testid="privacy-findings"
        >
          <Group gap={6} mb={6} wrap="nowrap">
            <IconShieldExclamation size={16} color="var(--mantine-color-orange-text)" aria-hidden />
            <Text size="sm" fw={600}>
              {t('privacy.panel.title', { count: findings.length })}
            </Text>
          </Group>
          <Stack gap={4} component="ul" className="pii-panel-list">
            {findings.map((finding) => {
              const replacement = placeholder(finding.kind);
              return (
                <Group
                  key={finding.id}
                  component="li"
                  gap="xs"
                  justify="space-between"
                  wrap="nowrap"
                >
                  <Group gap="xs" wrap="nowrap" miw={0}>
                    <Badge color="orange" variant="light" size="sm" style={{ flexShrink: 0 }}>
                      {kindLabel(finding.kind)}
                    </Badge>
                    <Text size="sm" truncate>
                      “{shorten(finding.excerpt)}”
                    </Text>
                  </Group>
                  <Button
                    size="compact-xs"
                    variant="light"
                    disabled={disabled}
                    style={{ flexShrink: 0 }}
                    aria-label={t('privacy.panel.replaceOne', {
                      placeholder: replacement,
                      excerpt: shorten(finding.excerpt),
                    })}
                    onClick={() => onReplace(finding)}
                  >
                    {t('privacy.panel.replace', { placeholder: replacement })}
                  </Button>
                </Group>
              );
            })}
          </Stack>
        </Paper>
      )}
    </div>
  );
}
