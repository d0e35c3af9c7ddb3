/**
 * What a change carried (summary.input) as "key: value" lines: three short lines at first,
 * everything on "Show all". Nested values are shown as compact JSON.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const COLLAPSED_LINES = 3;
const COLLAPSED_VALUE_LENGTH = 60;
/** What the core writes in place of passphrases and file contents. */
const NOT_RECORDED = '[not recorded]';

function inputOf(summary: Record<string, unknown>): [string, unknown][] {
  const input = summary.input;
  if (input && typeof input === 'object' && !Array.isArray(input)) return Object.entries(input);
  return input === undefined ? [] : [['input', input]];
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function shorten(text: string): string {
  return text.length > COLLAPSED_VALUE_LENGTH ? `${text.slice(0, COLLAPSED_VALUE_LENGTH)}…` : text;
}

export function AuditDetails({ summary }: { summary: Record<string, unknown> }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const lines = inputOf(summary).map(([key, value]) => ({
    key,
    text: value === NOT_RECORDED ? t('audit.details.notRecorded') : valueText(value),
  }));
  if (lines.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  const expandable =
    lines.length > COLLAPSED_LINES ||
    lines.some((line) => line.text.length > COLLAPSED_VALUE_LENGTH);
  const shown = expanded ? lines : lines.slice(0, COLLAPSED_LINES);

  return (
    <Stack gap={2} align="flex-start">
      <Stack gap={0} id={id} w="100%">
        {shown.map((line) => (
          <Text key={line.key} size="xs" style={{ overflowWrap: 'anywhere' }}>
            <Text span size="xs" c="dimmed">
              {line.key}:
            </Text>{' '}
            {expanded ? line.text : shorten(line.text)}
          </Text>
        ))}
      </Stack>
      {expandable ? (
        <Anchor
          component="button"
          type="button"
          size="xs"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((value) => !value)}
        >
          {expanded ? t('audit.details.showLess') : t('audit.details.showAll')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
