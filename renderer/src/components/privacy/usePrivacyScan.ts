/**
 * Scans a plain text for personal data as it is typed: privacy:scan runs ~300 ms after typing
 * stops; meanwhile the last answer is carried over the edit so highlights do not flicker.
 * A failed scan shows nothing (the save guard in the core still applies).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Finding, PrivacyContext } from '../../../../shared/contract/privacy';
import type { Language } from '../../../../shared/domain/languages';
import { call } from '../../api';
import { mapFindings } from './findings';

export const SCAN_DELAY_MS = 300;

export interface ScanOptions {
  context: PrivacyContext;
  language: Language;
  /** false while the field is read-only or hidden: nothing is scanned. */
  enabled?: boolean;
}

/** One privacy:scan call, with the findings it returned for exactly that text. */
export async function scanPlainText(
  text: string,
  { context, language }: ScanOptions,
): Promise<Finding[]> {
  if (!text.trim()) return [];
  const { findings } = await call('privacy:scan', { text, context, language });
  return findings;
}

export function usePrivacyScan(text: string, options: ScanOptions): Finding[] {
  const { context, language, enabled = true } = options;
  const [scanned, setScanned] = useState<{ text: string; findings: Finding[] }>({
    text: '',
    findings: [],
  });
  useEffect(() => {
    if (!enabled || !text.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      scanPlainText(text, { context, language }).then(
        (findings) => current && setScanned({ text, findings }),
        () => current && setScanned({ text, findings: [] }),
      );
    }, SCAN_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, context, language, enabled]);
  return useMemo(
    () => (enabled && text.trim() ? mapFindings(scanned.text, text, scanned.findings) : []),
    [enabled, text, scanned],
  );
}
