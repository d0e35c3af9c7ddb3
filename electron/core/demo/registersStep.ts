/**
 * The last step: the two registers. Agreements and SOPs (the bilateral body's MoU with the
 * partner country, the national referral mechanism, SOPs and protocols linked to NAP
 * activities), one of them due for review; and a capacity-building log of trainings with the
 * agencies trained and their participants by sex, over the generated years.
 */
import { addDays } from '../../../shared/domain/actions';
import { at, inserter, type DemoContext, type DemoStep } from './demoWorld';

const AGREEMENTS: { type: string; title: string }[] = [
  { type: 'referral_mechanism', title: 'National Referral Mechanism for victims of trafficking' },
  { type: 'sop', title: 'SOP on the identification of presumed victims' },
  { type: 'sop', title: 'SOP on shelter admission and case management' },
  { type: 'protocol', title: 'Protocol on joint labour inspections' },
  { type: 'protocol', title: 'Protocol on the safe return of foreign victims' },
  { type: 'mou', title: 'MoU with the shelter network on victim assistance' },
  { type: 'mou', title: 'MoU on data sharing between law enforcement agencies' },
  { type: 'other', title: 'Guidelines on child-sensitive interviewing' },
];

const TOPICS = [
  'Victim identification at borders',
  'Trauma-informed interviewing',
  'Financial investigations in trafficking cases',
  'Labour exploitation indicators',
  'Referral of presumed victims',
  'Online recruitment and cyber-enabled trafficking',
  'Prosecuting trafficking offences',
  'Child protection in trafficking cases',
  'Data collection for the NAP indicators',
];
const ORGANISERS = ['IOM', 'UNODC', 'ILO', 'National Police Academy', 'Judicial Training School'];
const FORMATS = ['in_person', 'in_person', 'online', 'blended', 'study_visit'] as const;

export const registersStep: DemoStep = {
  name: 'registers',
  run(ctx: DemoContext) {
    const { db, random, size, today, start, world } = ctx;
    const created = at(start);
    const agencies = world.agencies.filter((a) => a.membership !== 'former');
    const domestic = agencies.filter((a) => a.kind !== 'foreign_counterpart');
    const activities = db.prepare('SELECT id FROM nap_activities ORDER BY code').all() as {
      id: string;
    }[];
    const pillars = db.prepare('SELECT id FROM nap_pillars ORDER BY position').all() as {
      id: string;
    }[];
    const bilateral = db
      .prepare(
        `SELECT id, partner_country FROM bodies WHERE kind = 'bilateral_case_management' LIMIT 1`,
      )
      .get() as { id: string; partner_country: string } | undefined;
    const taskForce = world.bodies.find((b) => b.kind === 'national_task_force');

    const agreement = inserter(db, 'agreements', [
      'id',
      'type',
      'title',
      'signed_on',
      'in_force_from',
      'review_on',
      'status',
      'location',
      'notes',
      'archived',
      'created_at',
      'updated_at',
    ]);
    const link = (table: string, column: string) => inserter(db, table, ['agreement_id', column]);
    const party = link('agreement_agencies', 'agency_id');
    const country = link('agreement_countries', 'country');
    const frames = link('agreement_bodies', 'body_id');
    const serves = link('agreement_activities', 'activity_id');

    const add = (
      type: string,
      title: string,
      signedOn: string,
      reviewOn: string | null,
      status: string,
    ) => {
      const id = random.uuid();
      const inForce = addDays(signedOn, random.int(0, 60));
      agreement(
        id,
        type,
        title,
        signedOn,
        status === 'draft' ? null : inForce,
        reviewOn,
        status,
        `Registry ${random.int(100, 999)}/${signedOn.slice(0, 4)}`,
        '',
        0,
        created,
        created,
      );
      for (const a of random.sample(domestic, random.int(2, 4))) party(id, a.id);
      return id;
    };

    // The bilateral body's MoU with the partner country: its review is due (a year overdue
    // at most, not expired) — what the dashboard's "due for review" shows.
    if (bilateral) {
      const id = add(
        'bilateral_agreement',
        'Bilateral MoU on the identification and return of victims',
        addDays(today, -3 * 365),
        addDays(today, -random.int(10, 90)),
        'in_force',
      );
      if (bilateral.partner_country) country(id, bilateral.partner_country);
      frames(id, bilateral.id);
    }
    const count = Math.max(AGREEMENTS.length, Math.round(size.years * 4));
    for (let i = 0; i < count; i++) {
      const base = AGREEMENTS[i % AGREEMENTS.length]!;
      const round = Math.floor(i / AGREEMENTS.length);
      const title = round === 0 ? base.title : `${base.title} (${round + 1})`;
      const signed = addDays(today, -random.int(120, Math.max(200, size.years * 365)));
      const status =
        i === 0
          ? 'in_force'
          : random.pick(['in_force', 'in_force', 'draft', 'under_review', 'expired']);
      // Reviews ahead of today: only the bilateral MoU above is due.
      const reviewOn =
        status === 'expired'
          ? addDays(today, -random.int(30, 400))
          : addDays(today, random.int(30, 700));
      const id = add(base.type, title, signed, random.chance(0.8) ? reviewOn : null, status);
      if (taskForce && random.chance(0.5)) frames(id, taskForce.id);
      for (const a of random.sample(activities, random.int(0, 2))) serves(id, a.id);
    }

    const training = inserter(db, 'trainings', [
      'id',
      'date',
      'end_date',
      'topic',
      'organiser',
      'trainer_agency_id',
      'nap_pillar_id',
      'format',
      'hours',
      'notes',
      'created_at',
      'updated_at',
    ]);
    const trained = inserter(db, 'training_agencies', [
      'training_id',
      'agency_id',
      'female',
      'male',
      'other',
    ]);
    const days = Math.max(1, size.years * 365);
    const trainings = Math.round(size.years * 24);
    for (let i = 0; i < trainings; i++) {
      const id = random.uuid();
      const date = addDays(today, -random.int(1, days));
      const length = random.int(0, 3);
      training(
        id,
        date,
        length ? addDays(date, length) : null,
        random.pick(TOPICS),
        random.pick(ORGANISERS),
        random.chance(0.6) ? random.pick(domestic).id : null,
        pillars.length && random.chance(0.9) ? random.pick(pillars).id : null,
        random.pick(FORMATS),
        (length + 1) * random.pick([3, 4, 6, 8]),
        '',
        at(date),
        at(date),
      );
      for (const a of random.sample(domestic, random.int(1, 5))) {
        trained(id, a.id, random.int(0, 12), random.int(0, 12), random.chance(0.2) ? 1 : 0);
      }
    }
  },
};
