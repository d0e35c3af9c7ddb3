/**
 * The NAP progress report on a hand-built plan: every activity is in it, the executive
 * summary says what nap:summary says, a decreasing indicator's progress, "no data" for what
 * was not reported this period, narratives in three languages, the status vocabularies, the
 * final flag; and the Word structure (TOC field, language, headings, repeated header rows,
 * chart alt text). Bad input: VALIDATION, nothing written.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import { numberText, percentText } from '../../electron/core/nap/report/napReportFigures';
import type { TestCore } from '../fixtures/core';
import { docxText } from '../fixtures/meetingScenario';
import { createPlan, objectiveIn, startNapWorld, type NapWorld } from '../fixtures/napWorld';

let w: NapWorld;
let t: TestCore;
let planId: string;
let year: Record<string, string>;
let pillarIds: string[];
const codes: string[] = [];

beforeAll(async () => {
  w = await startNapWorld('2027-03-10', { memory: true });
  t = w.t;
  const plan = await createPlan(t, { adoptingAct: 'Decree 12/2025' });
  planId = plan.id;
  pillarIds = plan.pillars.map((p) => p.id);
  year = Object.fromEntries(plan.periods.map((p) => [p.label, p.id]));
  const prevention = await objectiveIn(t, planId, 0, 'Raise awareness');
  const protection = await objectiveIn(t, planId, 1, 'Identify and assist victims');
  const activity = async (objectiveId: string, text: string, extra = {}) => {
    const a = await t.call('nap:upsertActivity', { objectiveId, text, ...extra });
    codes.push(a.code);
    return a;
  };
  const training = await activity(prevention.id, 'Train front-line officers', {
    leadAgencyIds: [w.police],
    supportingAgencyIds: [w.ngo],
    timeframe: '2025–2027',
    budgetAmount: 1000,
    fundingSource: 'State budget',
    executed: [{ periodId: year['2026']!, amount: 400 }],
  });
  const inspections = await activity(prevention.id, 'Inspect high-risk workplaces', {
    leadAgencyIds: [w.labour],
    timeframe: '2026',
    end: '2026-06-30',
  });
  const shelter = await activity(protection.id, 'Open a shelter', {
    leadAgencyIds: [w.ngo],
    budgetAmount: 500,
    fundingSource: 'EU grant',
  });
  await activity(protection.id, 'Publish referral guidelines', { leadAgencyIds: [w.prosecutors] });
  await t.call('nap:addProgressUpdate', {
    activityId: training.id,
    periodId: year['2026']!,
    status: 'on_track',
    narrative: 'Two hundred officers trained in four regions.',
  });
  await t.call('nap:addProgressUpdate', {
    activityId: shelter.id,
    periodId: year['2025']!,
    status: 'completed',
    narrative: 'Shelter opened.',
  });
  await t.call('nap:addProgressUpdate', {
    activityId: shelter.id,
    periodId: year['2026']!,
    status: 'completed',
    narrative: 'Shelter running at full capacity.',
  });
  const indicator = async (activityId: string, input: object, values: [string, number][]) => {
    const i = await t.call('nap:upsertIndicator', {
      activityId,
      ...input,
    } as ChannelInput<'nap:upsertIndicator'>);
    for (const [label, value] of values) {
      await t.call('nap:addMeasurement', {
        indicatorId: i.id,
        periodId: year[label]!,
        value,
        source: 'Police statistics',
        reportingAgencyId: w.police,
      });
    }
  };
  await indicator(
    training.id,
    {
      name: 'Officers trained',
      baselineValue: 20,
      baselineYear: 2024,
      targetValue: 60,
      targetYear: 2028,
    },
    [
      ['2025', 30],
      ['2026', 40],
    ],
  );
  await indicator(
    training.id,
    {
      name: 'Average days to identify a victim',
      direction: 'decrease',
      baselineValue: 100,
      baselineYear: 2024,
      targetValue: 50,
      targetYear: 2028,
    },
    [['2026', 80]],
  );
  await indicator(
    inspections.id,
    { name: 'Workplaces inspected', baselineValue: 0, targetValue: 300, targetYear: 2028 },
    [['2025', 50]],
  );
  await t.call('nap:upsertActivity', {
    id: inspections.id,
    objectiveId: prevention.id,
    text: 'Inspect high-risk workplaces',
    leadAgencyIds: [w.labour],
    timeframe: '2026',
    end: '2026-06-30',
    status: 'delayed',
    statusReason: 'Inspectors were reassigned',
  });
  const narratives: [string, string][] = [
    ['en', 'The plan advanced steadily this year.'],
    ['es', 'El plan avanzó de forma constante este año.'],
    ['fr', 'Le plan a progressé régulièrement cette année.'],
  ];
  for (const [language, text] of narratives) {
    await t.call('nap:saveNarrative', {
      planId,
      periodId: year['2026']!,
      kind: 'executive',
      language: language as 'en',
      text,
    });
    await t.call('nap:saveNarrative', {
      planId,
      periodId: year['2026']!,
      pillarId: pillarIds[0]!,
      kind: 'achievements',
      language: language as 'en',
      text: `${language.toUpperCase()} achievements of prevention`,
    });
  }
}, 60_000);
afterAll(async () => {
  await t.cleanup();
});

const report = (input: Partial<ChannelInput<'exports:napProgressReport'>> = {}) =>
  t.call('exports:napProgressReport', { planId, periodId: year['2026']!, ...input });

async function parts(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return {
    ...(await docxText(base64)),
    styles: await zip.file('word/styles.xml')!.async('string'),
    settings: await zip.file('word/settings.xml')!.async('string'),
  };
}

describe('exports:napProgressReport', () => {
  it('lists every activity, with "no data" for one without a measurement this period', async () => {
    const file = await report();
    expect(file.fileName).toMatch(/^NAP-progress-report-.*2026\.docx$/);
    const { body } = await parts(file.data);
    for (const code of codes) expect(body).toContain(`\n${code}\n`);
    // Inspections: no update and no measurement in 2026.
    expect(body).toMatch(/Inspect high-risk workplaces\nLI\n2026\nDelayed\nno data/);
    expect(body).toMatch(/Workplaces inspected\n0\n300 \(2028\)\nno data\n/);
    expect(body).toContain('Two hundred officers trained in four regions.');
    expect(body).toContain('Inspectors were reassigned');
  });

  it('prints the executive summary figures of nap:summary', async () => {
    const summary = await t.call('nap:summary', { planId, periodId: year['2026']! });
    const previous = await t.call('nap:summary', { planId, periodId: year['2025']! });
    const { body } = await parts((await report()).data);
    const tot = summary.totals;
    expect(body).toContain(`\nActivities\n${tot.activities}\n`);
    expect(body).toContain(`\nActivities — Completed\n${tot.byStatus.completed}\n`);
    expect(body).toContain(
      `\nCompletion (completed / not cancelled)\n${percentText(tot.completion, 'en')}\n`,
    );
    expect(body).toContain(`\nOverdue activities\n${tot.overdue}\n`);
    expect(body).toContain(
      `${tot.onTrack} of ${tot.measured} measured (${tot.indicators} indicators)`,
    );
    expect(body).toContain(
      `${numberText(tot.budgetExecuted, 'en', 2)} / ${numberText(tot.budgetPlanned, 'en', 2)}`,
    );
    const points = tot.completion - previous.totals.completion;
    expect(body).toContain(
      `${points > 0 ? '+' : ''}${numberText(points, 'en', 1)} percentage points`,
    );
    expect(tot.activities).toBe(4);
    expect(tot.budgetExecuted).toBe(400);
  });

  it('shows the progress of a decreasing indicator from its baseline down to its target', async () => {
    const { body } = await parts((await report()).data);
    // 100 → 80 of the way to 50: 40 %.
    expect(body).toMatch(
      /Average days to identify a victim — ↓ lower is better\n100 \(2024\)\n50 \(2028\)\n80\n40 %\n/,
    );
    expect(body).toMatch(/Officers trained\n20 \(2024\)\n60 \(2028\)\n40\n50 %\n/);
  });

  it('prints the narratives and words of the chosen language', async () => {
    const expected = {
      en: ['The plan advanced steadily this year.', 'Executive summary', 'no data'],
      es: ['El plan avanzó de forma constante este año.', 'Resumen ejecutivo', 'sin datos'],
      fr: ['Le plan a progressé régulièrement cette année.', 'Résumé', 'pas de données'],
    } as const;
    for (const language of ['en', 'es', 'fr'] as const) {
      const file = await report({ language });
      const { body, styles } = await parts(file.data);
      for (const text of expected[language]) expect(body).toContain(text);
      expect(body).toContain(`${language.toUpperCase()} achievements of prevention`);
      for (const other of (['en', 'es', 'fr'] as const).filter((l) => l !== language)) {
        expect(body).not.toContain(expected[other][0]);
      }
      expect(styles).toContain(
        `w:lang w:val="${{ en: 'en-GB', es: 'es-ES', fr: 'fr-FR' }[language]}"`,
      );
    }
  });

  it('uses the chosen status vocabulary', async () => {
    const words = async (vocabulary: 'app' | 'rag' | 'completion' | 'ogp') =>
      (await parts((await report({ vocabulary })).data)).body;
    const app = await words('app');
    expect(app).toMatch(/\nOn track\n/);
    const rag = await words('rag');
    expect(rag).toMatch(/\nGreen\n/);
    expect(rag).toMatch(/\nRed\n/);
    expect(rag).not.toMatch(/\nOn track\n/);
    const completion = await words('completion');
    expect(completion).toMatch(/\nPartly completed\n/);
    expect(completion).toMatch(/\nCompleted\n/);
    const ogp = await words('ogp');
    expect(ogp).toMatch(/\nSubstantial\n/);
    expect(ogp).toMatch(/\nLimited\n/);
    expect(ogp).not.toMatch(/\nPartly completed\n/);
  });

  it('is a structured Word document: TOC field, headings without skips, repeated headers, alt text', async () => {
    for (const language of ['en', 'es', 'fr'] as const) {
      const { xml, settings } = await parts((await report({ language })).data);
      expect(xml).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o (&quot;|")1-3(&quot;|")/);
      expect(settings).toContain('w:updateFields');
      const levels = [...xml.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((m) =>
        Number(m[1]),
      );
      expect(levels[0]).toBe(1);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]!).toBeLessThanOrEqual(levels[i - 1]! + 1);
      expect(levels).toContain(3);
      expect(xml).toContain('<w:tblHeader/>');
      const charts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);
      expect(charts.length).toBe(4);
      const word = {
        en: 'Bar chart of the activities',
        es: 'Gráfico de barras',
        fr: 'Graphique à barres',
      };
      for (const descr of charts) expect(descr).toContain(word[language]);
      expect(xml).toContain('w:orient="landscape"');
    }
  });

  it('is a DRAFT until marked final, and a final report keeps its narratives', async () => {
    const draft = await parts((await report()).data);
    expect(draft.headers).toContain('DRAFT');
    expect(draft.body).toContain('Version: Draft');
    await t.call('nap:setReportFinal', { planId, periodId: year['2026']!, final: true });
    const final = await parts((await report()).data);
    expect(final.headers).not.toContain('DRAFT');
    expect(final.body).toContain('Version: Final');
    const locked = await t.fail('nap:saveNarrative', {
      planId,
      periodId: year['2026']!,
      kind: 'executive',
      language: 'en',
      text: 'Changed after the fact',
    });
    expect(locked.code).toBe('LOCKED_RECORD');
    await t.call('nap:setReportFinal', { planId, periodId: year['2026']!, final: false });
    const state = await t.call('nap:getNarratives', { planId, periodId: year['2026']! });
    expect(state.final).toBe(false);
    expect(state.narratives.find((n) => n.kind === 'executive' && n.language === 'en')?.text).toBe(
      'The plan advanced steadily this year.',
    );
  });

  it('refuses bad input with VALIDATION and writes nothing', async () => {
    const before = await t.call('nap:getNarratives', { planId, periodId: year['2027']! });
    expect(before.narratives).toEqual([]);
    const bad: ChannelInput<'nap:saveNarrative'>[] = [
      {
        planId,
        periodId: year['2027']!,
        kind: 'executive',
        language: 'en',
        text: 'x',
        pillarId: pillarIds[0]!,
      },
      { planId, periodId: year['2027']!, kind: 'challenges', language: 'en', text: 'x' },
      {
        planId,
        periodId: year['2027']!,
        from: '2027-01-01',
        to: '2027-02-01',
        kind: 'executive',
        language: 'en',
        text: 'x',
      },
      {
        planId,
        from: '2027-03-01',
        to: '2027-02-01',
        kind: 'executive',
        language: 'en',
        text: 'x',
      },
    ];
    for (const input of bad)
      expect((await t.fail('nap:saveNarrative', input)).code).toBe('VALIDATION');
    expect(
      (await t.fail('exports:napProgressReport', { planId, language: 'de' } as never)).code,
    ).toBe('VALIDATION');
    expect(
      (
        await t.fail('exports:napProgressReport', {
          planId,
          periodId: year['2026']!,
          vocabulary: 'x',
        } as never)
      ).code,
    ).toBe('VALIDATION');
    const after = await t.call('nap:getNarratives', { planId, periodId: year['2027']! });
    expect(after.narratives).toEqual([]);
  });

  it('covers a span of dates, and the Excel annex holds the same figures', async () => {
    const span = await report({ periodId: undefined, from: '2026-01-01', to: '2026-12-31' });
    const { body } = await parts(span.data);
    for (const code of codes) expect(body).toContain(`\n${code}\n`);
    const sheet = await t.call('exports:napProgressReportXlsx', {
      planId,
      periodId: year['2026']!,
    });
    expect(sheet.fileName).toMatch(/^NAP-progress-annex-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(sheet.data, 'base64') as never);
    const summary = await t.call('nap:summary', { planId, periodId: year['2026']! });
    const figures = new Map(
      book
        .getWorksheet('Summary')!
        .getSheetValues()
        .slice(2)
        .map((r) => {
          const row = r as unknown[];
          return [String(row[1]), String(row[2])];
        }),
    );
    expect(figures.get('Activities')).toBe(String(summary.totals.activities));
    const activities = book.getWorksheet('Activities')!.getColumn(3).values.slice(2).map(String);
    expect(activities.sort()).toEqual([...codes].sort());
  });
});
