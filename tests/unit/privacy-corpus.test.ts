/**
 * The privacy detector against the development corpus (EN/ES/FR, ≥ 300 span-annotated texts):
 * recall per kind and language, precision, the share of negative texts with any finding, and
 * the acceptance targets of the guard. Also checks the corpus stays honest (its names are
 * mostly not in the detector's lists).
 */
import { describe, expect, it } from 'vitest';
import type { PiiKind } from '../../shared/contract/privacy';
import { detectPersonalData } from '../../electron/core/privacy/detector';
import { FIRST_NAMES } from '../../electron/core/privacy/lexicon/firstNames';
import { SURNAMES } from '../../electron/core/privacy/lexicon/surnames';
import { fold } from '../../electron/core/privacy/text';
import { buildCorpus } from '../fixtures/pii-corpus';
import { PEOPLE } from '../fixtures/pii-corpus/people';

const corpus = buildCorpus();

function evaluate() {
  const recall = new Map<string, { hit: number; all: number }>();
  const count = (key: string, hit: boolean) => {
    const r = recall.get(key) ?? { hit: 0, all: 0 };
    r.all++;
    if (hit) r.hit++;
    recall.set(key, r);
  };
  let truePositives = 0;
  let findingsTotal = 0;
  let negativesFlagged = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  for (const doc of corpus) {
    const findings = detectPersonalData(doc.text, {
      context: 'case',
      language: doc.lang,
      country: 'ES',
    });
    findingsTotal += findings.length;
    if (!doc.positive && findings.length > 0) negativesFlagged++;
    for (const f of findings) {
      const ok = doc.spans.some((s) => s.kind === f.kind && f.start < s.end && s.start < f.end);
      if (ok) truePositives++;
      else falsePositives.push(`${doc.id} ${f.kind} «${doc.text.slice(f.start, f.end)}»`);
    }
    for (const s of doc.spans) {
      const hit = findings.some((f) => f.kind === s.kind && f.start < s.end && s.start < f.end);
      for (const key of [s.kind, `${s.kind}/${doc.lang}`, 'all']) count(key, hit);
      if (!hit) misses.push(`${doc.id} ${s.kind} «${doc.text.slice(s.start, s.end)}»`);
    }
  }
  return {
    recall,
    precision: truePositives / Math.max(1, findingsTotal),
    negativesShare: negativesFlagged / corpus.filter((d) => !d.positive).length,
    misses,
    falsePositives,
  };
}

const result = evaluate();
const rate = (key: string) => {
  const r = result.recall.get(key);
  return r ? r.hit / r.all : 1;
};

describe('privacy detector on the development corpus', () => {
  it('is a corpus of at least 300 texts, more than half with personal data of several kinds', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(corpus.filter((d) => d.positive).length).toBeGreaterThan(corpus.length / 2);
    const kinds = new Set(corpus.flatMap((d) => d.spans.map((s) => s.kind)));
    expect(kinds.size).toBe(9);
    for (const lang of ['en', 'es', 'fr'])
      expect(corpus.filter((d) => d.lang === lang).length).toBeGreaterThan(90);
  });

  it('uses names that mostly do not come from the detector lists', () => {
    const words = PEOPLE.flatMap((p) => p.split(/\s+/)).map((w) => fold(w));
    const listed = words.filter((w) => FIRST_NAMES.has(w) || SURNAMES.has(w));
    console.log(`corpus name words in the detector lists: ${listed.length}/${words.length}`);
    expect(listed.length / words.length).toBeLessThan(0.3);
  });

  it('reports recall per kind and language, precision and flagged negatives', () => {
    const lines = [...result.recall.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, r]) => `${key.padEnd(22)} ${(r.hit / r.all).toFixed(3)} (${r.hit}/${r.all})`);
    console.log(
      [
        ...lines,
        `precision ${result.precision.toFixed(3)}`,
        `negative texts with a finding ${(result.negativesShare * 100).toFixed(1)} %`,
        `misses (${result.misses.length}):`,
        ...result.misses.slice(0, 60),
        `false positives (${result.falsePositives.length}):`,
        ...result.falsePositives.slice(0, 60),
      ].join('\n'),
    );
    expect(result.recall.get('all')!.all).toBeGreaterThan(450);
  });

  it('meets the targets: ≥ 95 % e-mails, phones, IDs, bank accounts; ≥ 90 % names; ≥ 93 % overall', () => {
    const kinds: PiiKind[] = ['email', 'phone', 'id_number', 'bank_account'];
    for (const kind of kinds) expect(rate(kind), kind).toBeGreaterThanOrEqual(0.95);
    expect(rate('person_name')).toBeGreaterThanOrEqual(0.9);
    expect(rate('all')).toBeGreaterThanOrEqual(0.93);
  });

  it('flags at most 5 % of the negative texts', () => {
    expect(result.negativesShare).toBeLessThanOrEqual(0.05);
  });
});
