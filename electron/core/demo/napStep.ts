/**
 * Step 5: the National Action Plan of the demo task force — an active plan over four yearly
 * periods with the 4P pillars, activities led by register agencies, indicators of every kind
 * (increasing, decreasing, percentage, cumulative) measured over the last two years, progress
 * updates (some recorded at the task force's held meetings) and action items linked to them.
 */
import { napPeriods } from '../../../shared/domain/napPeriods';
import { at, inserter, type DemoContext, type DemoStep } from './demoWorld';

const PILLARS = ['Prevention', 'Protection', 'Prosecution', 'Partnership'] as const;
const OBJECTIVES = [
  ['Raise awareness among groups at risk', 'Reduce demand for exploitative labour'],
  ['Identify victims early', 'Assist and protect victims'],
  ['Investigate trafficking cases', 'Bring traffickers to justice'],
  ['Coordinate national agencies', 'Cooperate across borders'],
] as const;
const VERBS = ['Train', 'Publish', 'Adopt', 'Review', 'Set up', 'Fund', 'Evaluate', 'Extend'];
const SUBJECTS = [
  'frontline officers on the national referral mechanism',
  'guidelines on the identification of child victims',
  'a hotline for victims in four languages',
  'labour inspections in agriculture and construction',
  'specialised prosecutors in each region',
  'shelter places for adult male victims',
  'the data collection protocol on trafficking cases',
  'a memorandum with neighbouring countries',
  'awareness campaigns in schools',
  'financial investigations alongside trafficking cases',
];
const INDICATORS = [
  {
    name: 'Officers trained',
    unit: 'people',
    direction: 'increase',
    aggregation: 'cumulative',
    pct: 0,
  },
  {
    name: 'Days to refer a victim',
    unit: 'days',
    direction: 'decrease',
    aggregation: 'periodic',
    pct: 0,
  },
  {
    name: 'Victims receiving assistance',
    unit: '%',
    direction: 'increase',
    aggregation: 'periodic',
    pct: 1,
  },
  {
    name: 'Cases investigated',
    unit: 'cases',
    direction: 'increase',
    aggregation: 'periodic',
    pct: 0,
  },
] as const;

function run(ctx: DemoContext): void {
  const { db, random, today, world, size } = ctx;
  const activities = size.napActivities ?? 40;
  const indicators = size.napIndicators ?? 48;
  const year = Number(today.slice(0, 4));
  const start = `${year - 2}-01-01`;
  const end = `${year + 1}-12-31`;
  const created = at(start);
  const planId = random.uuid();
  db.prepare(
    `INSERT INTO nap_plans (id, title, adopting_act, start_date, end_date, status, period_kind,
       period_start_month, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'active', 'year', 1, ?, ?)`,
  ).run(
    planId,
    `National Action Plan against Trafficking in Persons ${year - 2}–${year + 1}`,
    `Cabinet decision of ${start}`,
    start,
    end,
    created,
    created,
  );
  const addPeriod = inserter(db, 'nap_periods', [
    'id',
    'plan_id',
    'seq',
    'label',
    'start_date',
    'end_date',
  ]);
  const periods = napPeriods(start, end, 'year', 1).map((p) => {
    const id = random.uuid();
    addPeriod(id, planId, p.seq, p.label, p.start, p.end);
    return { id, ...p };
  });
  const past = periods.filter((p) => p.end < today).slice(-2);
  const current = periods.find((p) => p.start <= today && today <= p.end) ?? periods[0]!;
  const addPillar = inserter(db, 'nap_pillars', ['id', 'plan_id', 'code', 'name', 'position']);
  const addObjective = inserter(db, 'nap_objectives', [
    'id',
    'pillar_id',
    'code',
    'name',
    'position',
  ]);
  const objectives: { id: string; code: string }[] = [];
  PILLARS.forEach((name, p) => {
    const pillarId = random.uuid();
    addPillar(pillarId, planId, String(p + 1), name, p);
    OBJECTIVES[p]!.forEach((objective, o) => {
      const id = random.uuid();
      addObjective(id, pillarId, `${p + 1}.${o + 1}`, objective, o);
      objectives.push({ id, code: `${p + 1}.${o + 1}` });
    });
  });
  const leads = world.agencies.filter((a) => a.membership === 'member');
  const addActivity = inserter(db, 'nap_activities', [
    'id',
    'plan_id',
    'objective_id',
    'code',
    'text',
    'timeframe',
    'start_date',
    'end_date',
    'budget_amount',
    'currency',
    'status',
    'status_reason',
    'position',
    'created_at',
    'updated_at',
  ]);
  const addLead = inserter(db, 'nap_activity_agencies', [
    'activity_id',
    'agency_id',
    'role',
    'position',
  ]);
  const addUpdate = inserter(db, 'nap_progress_updates', [
    'id',
    'activity_id',
    'period_id',
    'status',
    'status_reason',
    'narrative',
    'meeting_id',
    'created_at',
  ]);
  const held = world.meetings.filter(
    (m) => m.body.kind === 'national_task_force' && m.date < today,
  );
  const activityIds: string[] = [];
  for (let i = 0; i < activities; i++) {
    const objective = objectives[i % objectives.length]!;
    const n = Math.floor(i / objectives.length) + 1;
    const id = random.uuid();
    const period = random.pick(periods);
    const done = period.end < today;
    const r = random.next();
    const status = done
      ? r < 0.7
        ? 'completed'
        : r < 0.9
          ? 'delayed'
          : 'cancelled'
      : r < 0.15
        ? 'not_started'
        : r < 0.75
          ? 'on_track'
          : 'at_risk';
    const reason = status === 'delayed' || status === 'at_risk' ? 'Funding not yet released' : '';
    addActivity(
      id,
      planId,
      objective.id,
      `${objective.code}.${n}`,
      `${random.pick(VERBS)} ${random.pick(SUBJECTS)}`,
      period.label,
      period.start,
      period.end,
      random.int(1, 50) * 1000,
      'EUR',
      status,
      reason,
      n - 1,
      created,
      created,
    );
    if (leads.length) addLead(id, random.pick(leads).id, 'lead', 0);
    activityIds.push(id);
    if (status !== 'not_started' && random.chance(0.5)) {
      const meeting = held.length && random.chance(0.6) ? random.pick(held) : null;
      addUpdate(
        random.uuid(),
        id,
        current.id,
        status,
        reason,
        'Progress reported by the lead agency',
        meeting?.id ?? null,
        at(meeting?.date.slice(0, 10) ?? today),
      );
    }
  }
  const addIndicator = inserter(db, 'nap_indicators', [
    'id',
    'plan_id',
    'activity_id',
    'name',
    'unit',
    'baseline_value',
    'baseline_year',
    'target_value',
    'target_year',
    'direction',
    'aggregation',
    'is_percentage',
    'position',
  ]);
  const addMeasurement = inserter(db, 'nap_measurements', [
    'id',
    'indicator_id',
    'period_id',
    'value',
    'numerator',
    'denominator',
    'date',
    'source',
    'created_at',
  ]);
  for (let i = 0; i < indicators && activityIds.length; i++) {
    const kind = INDICATORS[i % INDICATORS.length]!;
    const id = random.uuid();
    const decrease = kind.direction === 'decrease';
    const baseline = decrease ? 120 : kind.pct ? 40 : 10;
    const target = decrease ? 60 : kind.pct ? 90 : 100;
    addIndicator(
      id,
      planId,
      activityIds[i % activityIds.length],
      kind.name,
      kind.unit,
      baseline,
      year - 3,
      target,
      year + 1,
      kind.direction,
      kind.aggregation,
      kind.pct,
      Math.floor(i / activityIds.length),
    );
    past.forEach((p, k) => {
      const step = ((target - baseline) * (k + 1)) / 4;
      const value = Math.round(baseline + step * (0.6 + random.next() * 0.8));
      const num = kind.pct ? Math.max(1, Math.min(value, 100)) : null;
      addMeasurement(
        random.uuid(),
        id,
        p.id,
        kind.pct ? null : value,
        num,
        kind.pct ? 100 : null,
        p.end,
        'Annual report',
        at(p.end),
      );
    });
  }
  const actions = db
    .prepare('SELECT id FROM actions ORDER BY rowid LIMIT ?')
    .all(Math.ceil(activities / 2)) as { id: string }[];
  const link = inserter(db, 'nap_action_links', ['action_id', 'activity_id']);
  for (const a of actions) link(a.id, random.pick(activityIds));
}

export const napStep: DemoStep = { name: 'nap', run };
