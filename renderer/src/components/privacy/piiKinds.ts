/** What the privacy guard's refusal (PII_DETECTED) found, as the kinds of personal data. */
import { PII_KINDS, type PiiKind } from '../../../../shared/contract/privacy';
import { ApiError } from '../../api';
import { isOneOf } from '../../app/agencies/agencyVocabulary';

/** The kinds of personal data named in a PII_DETECTED error; null for any other error. */
export function piiKindsOf(error: unknown): PiiKind[] | null {
  if (!(error instanceof ApiError) || error.code !== 'PII_DETECTED') return null;
  const kinds = new Set<PiiKind>();
  const collect = (findings: unknown) => {
    if (!Array.isArray(findings)) return;
    for (const f of findings) {
      const kind = (f as { kind?: unknown } | null)?.kind;
      if (isOneOf(PII_KINDS, kind)) kinds.add(kind);
    }
  };
  const details = error.details as
    { findings?: unknown; fields?: Record<string, unknown> } | undefined;
  collect(details?.findings);
  for (const findings of Object.values(details?.fields ?? {})) collect(findings);
  return [...kinds].sort();
}
