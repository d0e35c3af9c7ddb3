/**
 * What the privacy guard found (PII_DETECTED) and the written reason that lets the text
 * through anyway: the kinds found, the flagged passages when the text is at hand, and a
 * reason field (at least 10 characters, audited with the kinds).
 */
import { Alert, List, Textarea } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api';

interface Finding {
  kind: string;
  start: number;
  end: number;
}

/** The findings of a PII_DETECTED error (one text or several fields), else null. */
export function piiFindings(error: unknown): Finding[] | null {
  if (!(error instanceof ApiError) || error.code !== 'PII_DETECTED') return null;
  const details = (error.details ?? {}) as {
    findings?: Finding[];
    fields?: Record<string, Finding[]>;
  };
  return details.findings ?? Object.values(details.fields ?? {}).flat();
}

export const MIN_OVERRIDE_REASON = 10;

export function PrivacyOverrideFields(props: {
  findings: Finding[];
  /** The text that was checked, to show the flagged passages. */
  text?: string;
  reason: string;
  onReason: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const kinds = [...new Set(props.findings.map((f) => f.kind))];
  return (
    <Alert
      color="orange"
      icon={<IconShieldExclamation size={18} aria-hidden />}
      title={t('caseMeeting.privacy.title')}
      data-testid="privacy-findings"
    >
      {t('caseMeeting.privacy.found', { kinds: kinds.join(', ') })}
      {props.text !== undefined ? (
        <List size="sm" mt={4}>
          {props.findings.map((f) => (
            <List.Item key={`${f.start}-${f.end}`}>
              «{props.text!.slice(f.start, f.end)}» ({f.kind})
            </List.Item>
          ))}
        </List>
      ) : null}
      <Textarea
        mt="xs"
        label={t('caseMeeting.privacy.reason')}
        description={t('caseMeeting.privacy.reasonHelp')}
        value={props.reason}
        onChange={(e) => props.onReason(e.currentTarget.value)}
        maxLength={1000}
      />
    </Alert>
  );
}
