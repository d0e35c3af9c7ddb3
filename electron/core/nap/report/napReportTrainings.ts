/**
 * Capacity building in the NAP progress report, from the capacity-building log
 * (trainings:summary over the period's dates): under each pillar one line with the trainings
 * that served it, and a "Capacity building" section with the totals per pillar and per agency
 * trained. Trainings on no pillar or on a pillar of another plan are counted in one row, "No
 * pillar of this plan", never under this plan's pillars.
 */
import type { Paragraph, Table } from 'docx';
import type { TrainingSummary } from '../../../../shared/contract/trainings';
import type { Language } from '../../../../shared/domain/languages';
import { heading, para, spacer, table, type Letterhead } from '../../exports/kit/documentKit';
import { formatDate } from '../../exports/kit/labels';
import { numberText } from './napReportFigures';
import type { NapReportLabels } from './napReportLabels';

type Block = Paragraph | Table;
type Totals = TrainingSummary['total'];

const EMPTY: Totals = { trainings: 0, female: 0, male: 0, other: 0, participants: 0, hours: 0 };

const add = (a: Totals, b: Totals): Totals => ({
  trainings: a.trainings + b.trainings,
  female: a.female + b.female,
  male: a.male + b.male,
  other: a.other + b.other,
  participants: a.participants + b.participants,
  hours: a.hours + b.hours,
});

/** The totals of one of this plan's pillars (none: no training served it in the period). */
export function pillarTrainings(s: TrainingSummary | null, pillarId: string): Totals | null {
  const row = s?.byPillar.find((r) => r.pillar?.id === pillarId);
  return row && row.trainings > 0 ? row : null;
}

/** "Capacity building this period: …" under a pillar, or nothing. */
export function pillarTrainingLine(
  s: TrainingSummary | null,
  pillarId: string,
  language: Language,
  l: NapReportLabels,
): Block[] {
  const t = pillarTrainings(s, pillarId);
  if (!t) return [];
  return [para(l.trainingLine(figures(t, language)), { italic: true })];
}

function figures(t: Totals, language: Language) {
  const n = (v: number, digits = 0) => numberText(v, language, digits);
  return {
    trainings: t.trainings,
    participants: n(t.participants),
    female: n(t.female),
    male: n(t.male),
    other: n(t.other),
    hours: n(t.hours, 1),
  };
}

function cells(t: Totals, language: Language): string[] {
  const f = figures(t, language);
  return [String(t.trainings), f.female, f.male, f.other, f.participants, f.hours];
}

/** The section, or nothing when no training falls in the period. */
export function trainingsSection(
  s: TrainingSummary | null,
  pillars: { id: string; code: string; name: string }[],
  span: { start: string; end: string },
  paper: Letterhead['paperSize'],
  language: Language,
  l: NapReportLabels,
): Block[] {
  if (!s) return [];
  const ours = new Set(pillars.map((p) => p.id));
  const elsewhere = s.byPillar
    .filter((r) => !r.pillar || !ours.has(r.pillar.id))
    .reduce<Totals>((sum, r) => add(sum, r), EMPTY);
  const columns = (first: string, width: number) => [
    { header: first, width },
    { header: l.trainingsCount, width: (100 - width) / 6 },
    { header: l.women, width: (100 - width) / 6 },
    { header: l.men, width: (100 - width) / 6 },
    { header: l.otherSex, width: (100 - width) / 6 },
    { header: l.participants, width: (100 - width) / 6 },
    { header: l.participantHours, width: (100 - width) / 6 },
  ];
  const pillarRows = pillars.map((p) => [
    `${p.code} ${p.name}`,
    ...cells(pillarTrainings(s, p.id) ?? EMPTY, language),
  ]);
  if (elsewhere.trainings > 0) pillarRows.push([l.noPillarOfPlan, ...cells(elsewhere, language)]);
  return [
    heading(l.capacityBuilding, 1),
    para(
      l.capacityBuildingIntro(
        formatDate(span.start, language),
        formatDate(span.end, language),
        s.total.trainings,
      ),
    ),
    heading(l.trainingsByPillar, 2),
    table(paper, columns(l.pillar, 28), [...pillarRows, [l.total, ...cells(s.total, language)]]),
    spacer(),
    heading(l.trainingsByAgency, 2),
    table(paper, columns(l.agency, 28), [
      ...s.byAgency.map((a) => [a.agency.name, ...cells(a, language)]),
      [l.total, ...cells(s.total, language)],
    ]),
    spacer(),
  ];
}
