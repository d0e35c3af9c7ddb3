/**
 * The reusable privacy guard for the domains: before saving or exporting free text, call
 * assertNoPersonalData. It throws PII_DETECTED with the findings (kinds and offsets, never
 * the text), or, given an override with a written reason, returns what the caller must put
 * in its audit entry: the reason and the kinds found.
 */
import type {
  Finding,
  PiiKind,
  PrivacyContext,
  PrivacyOverride,
} from '../../../shared/contract/privacy';
import { DomainError } from '../../../shared/errors';
import { currentCall } from '../callContext';
import type { ReadableDB } from '../db/sql';
import type { AllowList } from './allowList';
import { loadDenylist, matchDenylist, type DenylistMatcher } from './denylist';
import { detectPersonalData } from './detector';
import { workspaceAllowList } from './workspaceAllowList';

export interface GuardContext {
  context: PrivacyContext;
  language?: 'en' | 'es' | 'fr';
  /** The workspace country (phones in national format). */
  country?: string;
  allowList?: AllowList;
  /** Names allowed in minutes besides registered focal points: the meeting's guests. */
  allowedNames?: readonly string[];
  denylist?: DenylistMatcher | null;
}

/** What the caller records in its audit entry when a user overrides the guard. */
export interface PrivacyOverrideRecord {
  reason: string;
  kinds: PiiKind[];
}

export function scanText(text: string, ctx: GuardContext): Finding[] {
  return detectPersonalData(text, {
    context: ctx.context,
    language: ctx.language,
    country: ctx.country,
    allowList: ctx.allowList,
    allowedNames: ctx.allowedNames,
    extra: (tokens) => matchDenylist(text, ctx.denylist ?? null, tokens),
  });
}

/**
 * Throws PII_DETECTED (details: { findings } or, for several fields, { fields: { name:
 * findings } }) unless the texts are clean or an override with a reason is given. Returns
 * null when clean, the override record to audit otherwise.
 */
export function assertNoPersonalData(
  text: string | Record<string, string>,
  ctx: GuardContext,
  override?: PrivacyOverride | null,
): PrivacyOverrideRecord | null {
  const fields = typeof text === 'string' ? { text } : text;
  const found: Record<string, Finding[]> = {};
  const kinds = new Set<PiiKind>();
  for (const [name, value] of Object.entries(fields)) {
    const findings = scanText(value, ctx);
    if (findings.length === 0) continue;
    found[name] = findings;
    for (const f of findings) kinds.add(f.kind);
  }
  if (kinds.size === 0) return null;
  const reason = override?.reason.trim() ?? '';
  if (reason.length >= 10) return { reason, kinds: [...kinds].sort() };
  throw new DomainError(
    'PII_DETECTED',
    'The text holds personal data; remove it or override with a written reason.',
    typeof text === 'string' ? { findings: found.text } : { fields: found },
  );
}

/** The guard context of the open workspace: its country, allow-list and deny-list. */
export async function workspaceGuardContext(
  db: ReadableDB,
  options: {
    context: PrivacyContext;
    country?: string;
    language?: 'en' | 'es' | 'fr';
    allowedNames?: readonly string[];
  },
): Promise<GuardContext> {
  return {
    ...options,
    allowList: await workspaceAllowList(db),
    denylist: await loadDenylist(db),
  };
}

/**
 * Marks the call in progress as let through by an override: its audit entry holds the reason
 * and kinds, and withholds the input fields named (the texts that hold the personal data).
 */
export function auditOverride(
  record: PrivacyOverrideRecord | null,
  fields: readonly string[] = [],
): void {
  const call = currentCall();
  if (record && call) call.privacy = { ...record, fields };
}
