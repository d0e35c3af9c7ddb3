/**
 * Pure helpers over the guard's findings (UTF-16 offsets into a plain text): keep them in
 * place while the text is edited before the next scan answers, replace one span by its
 * placeholder, and read the details of a PII_DETECTED refusal.
 */
import { PII_KINDS, type Finding, type PiiKind } from '../../../../shared/contract/privacy';

/**
 * Moves findings of `before` onto `after` (one edit: the common prefix and suffix are kept).
 * Findings touched by the edit are dropped; the next scan finds them again if still there.
 */
export function mapFindings(
  before: string,
  after: string,
  findings: readonly Finding[],
): Finding[] {
  if (before === after) return [...findings];
  let prefix = 0;
  const shortest = Math.min(before.length, after.length);
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const editEnd = before.length - suffix;
  const delta = after.length - before.length;
  const kept: Finding[] = [];
  for (const f of findings) {
    if (f.end <= prefix) kept.push(f);
    else if (f.start >= editEnd) kept.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return kept;
}

/** `text` with the span of `finding` replaced by `placeholder`. */
export function replaceFinding(text: string, finding: Finding, placeholder: string): string {
  return text.slice(0, finding.start) + placeholder + text.slice(finding.end);
}

/** The distinct kinds of some findings, in the contract's order. */
export function kindsOf(findings: readonly { kind: PiiKind }[]): PiiKind[] {
  const seen = new Set(findings.map((f) => f.kind));
  return PII_KINDS.filter((k) => seen.has(k));
}

function isKind(value: unknown): value is PiiKind {
  return typeof value === 'string' && (PII_KINDS as readonly string[]).includes(value);
}

function findingsIn(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (f): f is Finding =>
      typeof f === 'object' && f !== null && isKind((f as { kind?: unknown }).kind),
  );
}

/** The kinds a save refusal names: details `{ findings }` or `{ fields: { name: findings } }`. */
export function refusedKinds(details: unknown): PiiKind[] {
  if (typeof details !== 'object' || details === null) return [];
  const d = details as { findings?: unknown; fields?: unknown };
  const all = findingsIn(d.findings);
  if (typeof d.fields === 'object' && d.fields !== null) {
    for (const value of Object.values(d.fields)) all.push(...findingsIn(value));
  }
  return kindsOf(all);
}

export interface ExportFinding {
  item: string;
  kinds: PiiKind[];
  count: number;
}

/** The items an export refusal names: details `{ items: [{ item, kinds, count }] }`. */
export function refusedItems(details: unknown): ExportFinding[] {
  const items = (details as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) return [];
    const r = raw as { item?: unknown; kinds?: unknown; count?: unknown };
    const kinds = Array.isArray(r.kinds) ? r.kinds.filter(isKind) : [];
    return [
      {
        item: typeof r.item === 'string' ? r.item : '',
        kinds,
        count: typeof r.count === 'number' ? r.count : kinds.length,
      },
    ];
  });
}
