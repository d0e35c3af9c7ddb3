/**
 * Step 2: the coordination bodies — the national task force (English), working groups
 * (Spanish, French, English) and a bilateral case-management meeting with a counterpart
 * country (French) — with their member agencies.
 */
import type { BodyKind } from '../../../shared/domain/bodies';
import type { Language } from '../../../shared/domain/languages';
import { COUNTERPART_COUNTRIES } from './agencyNames';
import { at, inserter, type DemoAgency, type DemoContext, type DemoStep } from './demoWorld';

interface BodyPlan {
  name: string;
  code: string;
  kind: BodyKind;
  language: Language;
  notes: string;
}

const TASK_FORCE: BodyPlan = {
  name: 'National Task Force against Trafficking in Persons',
  code: 'NTF',
  kind: 'national_task_force',
  language: 'en',
  notes: 'Meets monthly; chaired by the national coordinator.',
};

const WORKING_GROUPS: BodyPlan[] = [
  {
    name: 'Grupo de Trabajo sobre Trata con Fines de Explotación Laboral',
    code: 'GTEL',
    kind: 'working_group',
    language: 'es',
    notes: 'Coordina las inspecciones conjuntas y la derivación.',
  },
  {
    name: 'Groupe de travail Protection et assistance',
    code: 'GTPA',
    kind: 'working_group',
    language: 'fr',
    notes: 'Suit l’accueil, l’orientation et la réintégration.',
  },
  {
    name: 'Working Group on Prosecution and Financial Investigations',
    code: 'WGPF',
    kind: 'working_group',
    language: 'en',
    notes: 'Follows the money: financial intelligence, asset recovery, judicial training.',
  },
];

const BILATERAL: BodyPlan = {
  name: 'Réunion bilatérale de gestion des cas',
  code: 'RBGC',
  kind: 'bilateral_case_management',
  language: 'fr',
  notes: 'Cas transfrontaliers : entraide judiciaire, rapatriement, échanges d’informations.',
};

export const bodiesStep: DemoStep = {
  name: 'bodies',
  run(ctx: DemoContext) {
    const { db, random, size, start } = ctx;
    const body = inserter(db, 'bodies', [
      'id',
      'name',
      'code',
      'kind',
      'partner_country',
      'chair_agency_id',
      'secretariat_agency_id',
      'quorum_kind',
      'quorum_count',
      'meeting_frequency',
      'notes',
      'created_at',
      'updated_at',
    ]);
    const member = inserter(db, 'body_members', ['body_id', 'agency_id', 'added_at']);
    const agencies = ctx.world.agencies;
    const domestic = agencies.filter(
      (a) => a.membership !== 'former' && a.kind !== 'foreign_counterpart',
    );
    const ministries = agencies.filter((a) => a.kind === 'ministry');
    const counterparts = agencies.filter((a) => a.kind === 'foreign_counterpart');
    const plans: { plan: BodyPlan; members: DemoAgency[]; partner: string }[] = [
      { plan: TASK_FORCE, members: random.sample(domestic, size.members.taskForce), partner: '' },
      ...WORKING_GROUPS.slice(0, size.workingGroups).map((plan) => ({
        plan,
        members: random.sample(domestic, size.members.workingGroup),
        partner: '',
      })),
      {
        plan: BILATERAL,
        members: [
          ...counterparts.slice(0, Math.max(1, Math.floor(size.members.bilateral / 3))),
          ...random.sample(domestic, size.members.bilateral),
        ].slice(0, size.members.bilateral),
        partner: random.pick(COUNTERPART_COUNTRIES),
      },
    ];
    for (const { plan, members, partner } of plans) {
      const id = random.uuid();
      const chair = ministries.find((m) => members.includes(m)) ?? members[0]!;
      const secretariat = members.find((m) => m !== chair) ?? chair;
      const fixed = plan.kind === 'bilateral_case_management';
      body(
        id,
        plan.name,
        plan.code,
        plan.kind,
        partner,
        chair.id,
        secretariat.id,
        fixed ? 'fixed' : 'majority',
        fixed ? Math.max(1, Math.ceil(members.length / 2)) : null,
        'monthly',
        plan.notes,
        at(start),
        at(start),
      );
      for (const m of members) member(id, m.id, at(start));
      ctx.world.bodies.push({
        id,
        name: plan.name,
        code: plan.code,
        kind: plan.kind,
        language: plan.language,
        memberIds: members.map((m) => m.id),
        secretariatId: secretariat.id,
      });
    }
  },
};
