/**
 * Matches the agencies a NAP matrix names — acronyms, full names, trailing spaces, two in one
 * cell ("Interior / Guardia Civil", line breaks) — to the workspace's agency register by
 * name, acronym or alias, accent- and case-insensitively, with fuzzy suggestions.
 */
import type { NapAgencyMatch } from '../../../../shared/contract/nap';
import { textKey } from '../../db/sql';

export interface RegisterAgency {
  id: string;
  name: string;
  acronym?: string | null;
  aliases?: string[] | null;
}

/** "Ministerio del Interior / Guardia Civil (GC)\nFiscalía" → the agencies it names. */
export function splitAgencies(cell: string): string[] {
  const parts = cell
    .split(/\s*(?:\/|\n|;|\+|•|\||\s-\s|\s–\s|,\s(?=[A-ZÁÉÍÓÚÑ]{2,}\b))\s*/u)
    .map((p) => p.replace(/^[-•*·\s]+|[\s.,:;]+$/gu, '').trim())
    .filter((p) => p !== '' && /\p{L}/u.test(p));
  return [...new Set(parts)];
}

const PREFIX =
  /^(ministerio|ministry|ministere|secretaria|secretariat|secretariado|direccion general|direction generale|departamento|department|ministere de l|ministerio de la|ministry of the)\s+(de la |del |de los |de las |de l |de |des |du |of the |of |for the |for )?/;

/** The key with "Ministerio del" / "Ministry of" / "Ministère de l'" removed. */
function coreKey(key: string): string {
  const stripped = key.replace(PREFIX, '').trim();
  return stripped || key;
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const edit = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  const ta = new Set(a.split(' '));
  const tb = new Set(b.split(' '));
  const shared = [...ta].filter((t) => tb.has(t) && t.length > 2).length;
  const tokens = shared / Math.max(ta.size, tb.size);
  // "Fiscalía" in "Fiscalía General del Estado": a likely match, to suggest, not to take.
  const within = shared > 0 && shared === Math.min(ta.size, tb.size) ? 0.75 : 0;
  return Math.max(edit, tokens, within);
}

interface Entry {
  agency: RegisterAgency;
  exact: Set<string>;
  names: string[];
}

export class AgencyMatcher {
  private readonly entries: Entry[];
  private readonly cache = new Map<string, NapAgencyMatch>();

  constructor(register: RegisterAgency[]) {
    this.entries = register.map((agency) => {
      const names = [agency.name, ...(agency.aliases ?? [])].map(textKey).filter(Boolean);
      const acronym = agency.acronym ? textKey(agency.acronym) : '';
      const exact = new Set<string>([...names, ...names.map(coreKey)]);
      if (acronym) {
        exact.add(acronym);
        exact.add(acronym.replace(/ /g, ''));
        for (const n of names) exact.add(`${n} ${acronym}`);
      }
      return { agency, exact, names };
    });
  }

  /** The register agency a text names (or null), with the closest agencies as suggestions. */
  match(text: string): NapAgencyMatch {
    const cached = this.cache.get(text);
    if (cached) return cached;
    const key = textKey(text);
    // "Guardia Civil (GC)": the name and the acronym in brackets both count.
    const bracket = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(text);
    const keys = [key, coreKey(key), key.replace(/ /g, '')];
    if (bracket)
      keys.push(textKey(bracket[1]!), coreKey(textKey(bracket[1]!)), textKey(bracket[2]!));
    const found = this.entries.find((e) => keys.some((k) => k && e.exact.has(k)));
    const scored = this.entries
      .map((e) => ({
        e,
        score: Math.max(
          ...e.names.map((n) => Math.max(similarity(key, n), similarity(coreKey(key), coreKey(n)))),
        ),
      }))
      .filter((s) => s.score >= 0.5)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3);
    const fuzzy = !found && scored[0] && scored[0].score >= 0.88 ? scored[0].e : undefined;
    const result: NapAgencyMatch = {
      text,
      agencyId: (found ?? fuzzy)?.agency.id ?? null,
      suggestions: scored.map((s) => ({
        id: s.e.agency.id,
        name: s.e.agency.name,
        score: Math.round(s.score * 100) / 100,
      })),
    };
    this.cache.set(text, result);
    return result;
  }

  /** Every distinct agency text seen, matched, in first-seen order. */
  all(): NapAgencyMatch[] {
    return [...this.cache.values()];
  }
}
