/**
 * How spreadsheet columns and values are understood: header aliases (EN/ES/FR) for the
 * suggested mapping, and the words accepted for each enumerated field.
 */
import type { ImportField, ImportMapping } from '../../../../shared/contract/agencies';
import { IMPORT_FIELDS } from '../../../../shared/contract/agencies';
import {
  AGENCY_KINDS,
  PILLARS,
  type AgencyKind,
  type Pillar,
} from '../../../../shared/domain/agencies';
import { textKey } from '../../db/sql';

const HEADER_ALIASES: Record<ImportField, string[]> = {
  name: [
    'name',
    'agency',
    'agency name',
    'organisation',
    'organization',
    'institution',
    'nombre',
    'organismo',
    'institucion',
    'nom',
    'organisme',
  ],
  acronym: [
    'acronym',
    'abbreviation',
    'short name',
    'sigla',
    'siglas',
    'acronimo',
    'sigle',
    'acronyme',
  ],
  kind: ['kind', 'type', 'agency type', 'category', 'tipo', 'categoria', 'categorie'],
  sector: ['sector', 'state non state', 'secteur'],
  level: ['level', 'nivel', 'niveau'],
  country: ['country', 'pais', 'pays'],
  membershipStatus: ['membership', 'membership status', 'status', 'estado', 'membresia', 'statut'],
  rolesText: [
    'roles',
    'roles and responsibilities',
    'responsibilities',
    'mandate',
    'funciones',
    'mandat',
    'roles et responsabilites',
  ],
  notes: ['notes', 'comments', 'notas', 'observaciones', 'remarques'],
  prevention: ['prevention', 'prevencion'],
  protection: ['protection', 'proteccion'],
  prosecution: ['prosecution', 'persecucion', 'enjuiciamiento', 'poursuites', 'repression'],
  partnership: ['partnership', 'partnerships', 'cooperacion', 'alianzas', 'partenariat'],
  pillarLead: [
    'pillar lead',
    'pillars lead',
    'lead pillar',
    'lead pillars',
    'lead on pillars',
    'pilar lider',
    'pilares lider',
    'pilar principal',
    'pilares principales',
    'pilier chef de file',
    'piliers chef de file',
    'pilier principal',
    'piliers principaux',
  ],
  pillarSupport: [
    'pillar support',
    'pillars support',
    'support pillar',
    'support pillars',
    'supporting pillars',
    'pilar apoyo',
    'pilares apoyo',
    'pilar de apoyo',
    'pilares de apoyo',
    'pilier appui',
    'piliers appui',
    'pilier d appui',
    'piliers d appui',
  ],
  focalPointName: [
    'focal point',
    'focal point name',
    'contact',
    'contact person',
    'punto focal',
    'nombre punto focal',
    'point focal',
  ],
  focalPointTitle: [
    'title',
    'position',
    'focal point title',
    'cargo',
    'puesto',
    'fonction',
    'titre',
  ],
  focalPointEmail: [
    'email',
    'e mail',
    'mail',
    'focal point email',
    'correo',
    'correo electronico',
    'courriel',
  ],
  focalPointPhone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'focal point phone',
    'telefono',
    'movil',
    'portable',
  ],
  focalPointRole: ['focal point role', 'role', 'rol', 'primary alternate'],
  focalPointLanguages: ['languages', 'language', 'idiomas', 'langues'],
  focalPointStartDate: [
    'start date',
    'since',
    'from',
    'fecha de inicio',
    'desde',
    'date de debut',
    'depuis',
  ],
};

/** Field → column index, from header names; each column used at most once. */
export function suggestMapping(columns: string[]): ImportMapping {
  const keys = columns.map(textKey);
  const used = new Set<number>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) {
    const index = keys.findIndex((k, i) => !used.has(i) && HEADER_ALIASES[field].includes(k));
    mapping[field] = index >= 0 ? index : null;
    if (index >= 0) used.add(index);
  }
  return mapping;
}

const KIND_WORDS: Record<string, AgencyKind> = {
  ministry: 'ministry',
  ministerio: 'ministry',
  ministere: 'ministry',
  government: 'ministry',
  police: 'law_enforcement',
  'law enforcement': 'law_enforcement',
  policia: 'law_enforcement',
  prosecution: 'prosecution_judiciary',
  prosecutor: 'prosecution_judiciary',
  judiciary: 'prosecution_judiciary',
  'prosecution judiciary': 'prosecution_judiciary',
  fiscalia: 'prosecution_judiciary',
  justice: 'prosecution_judiciary',
  immigration: 'immigration_border',
  border: 'immigration_border',
  'immigration border': 'immigration_border',
  migracion: 'immigration_border',
  'labour inspection': 'labour_inspection',
  'labor inspection': 'labour_inspection',
  labour: 'labour_inspection',
  'social welfare': 'social_welfare',
  'social services': 'social_welfare',
  health: 'health',
  salud: 'health',
  sante: 'health',
  education: 'education',
  educacion: 'education',
  'foreign affairs': 'foreign_affairs',
  diplomacy: 'foreign_affairs',
  financial: 'financial',
  'financial intelligence': 'financial',
  fiu: 'financial',
  bank: 'financial',
  'local government': 'local_government',
  municipality: 'local_government',
  municipio: 'local_government',
  ngo: 'ngo',
  ong: 'ngo',
  'civil society': 'ngo',
  'international organisation': 'international_organisation',
  'international organization': 'international_organisation',
  io: 'international_organisation',
  un: 'international_organisation',
  'private sector': 'private_sector',
  company: 'private_sector',
  business: 'private_sector',
  'trade union': 'trade_union',
  union: 'trade_union',
  sindicato: 'trade_union',
  syndicat: 'trade_union',
  'community faith based': 'community_faith_based',
  community: 'community_faith_based',
  'faith based': 'community_faith_based',
  academia: 'academia',
  university: 'academia',
  universidad: 'academia',
  media: 'media',
  press: 'media',
  'foreign counterpart': 'foreign_counterpart',
  other: 'other',
  otro: 'other',
  autre: 'other',
  'prosecution and judiciary': 'prosecution_judiciary',
  'immigration and border': 'immigration_border',
  'financial institution': 'financial',
  'community or faith based organisation': 'community_faith_based',
  'fuerzas del orden': 'law_enforcement',
  'fiscalia y poder judicial': 'prosecution_judiciary',
  'migracion y fronteras': 'immigration_border',
  'inspeccion del trabajo': 'labour_inspection',
  'bienestar social': 'social_welfare',
  'relaciones exteriores': 'foreign_affairs',
  'institucion financiera': 'financial',
  'gobierno local': 'local_government',
  'organizacion internacional': 'international_organisation',
  'sector privado': 'private_sector',
  'organizacion comunitaria o religiosa': 'community_faith_based',
  'medios de comunicacion': 'media',
  'contraparte extranjera': 'foreign_counterpart',
  'forces de l ordre': 'law_enforcement',
  'parquet et justice': 'prosecution_judiciary',
  'immigration et frontieres': 'immigration_border',
  'inspection du travail': 'labour_inspection',
  'action sociale': 'social_welfare',
  'affaires etrangeres': 'foreign_affairs',
  'institution financiere': 'financial',
  'collectivite locale': 'local_government',
  'organisation internationale': 'international_organisation',
  'secteur prive': 'private_sector',
  'organisation communautaire ou confessionnelle': 'community_faith_based',
  'monde universitaire': 'academia',
  medias: 'media',
  'homologue etranger': 'foreign_counterpart',
};

export function parseKind(value: string): AgencyKind | null {
  const key = textKey(value);
  const code = key.replace(/ /g, '_');
  if ((AGENCY_KINDS as readonly string[]).includes(code)) return code as AgencyKind;
  return KIND_WORDS[key] ?? null;
}

/** Maps words (codes, English, Spanish, French) to one of the allowed values, or null. */
export function parseWord<T extends string>(value: string, words: Record<string, T>): T | null {
  return words[textKey(value)] ?? null;
}

export const SECTOR_WORDS = {
  state: 'state',
  'non state': 'non_state',
  non_state: 'non_state',
  nonstate: 'non_state',
  government: 'state',
  public: 'state',
  estatal: 'state',
  'no estatal': 'non_state',
  etatique: 'state',
  'non etatique': 'non_state',
} as const;
export const LEVEL_WORDS = {
  national: 'national',
  subnational: 'subnational',
  'sub national': 'subnational',
  regional: 'subnational',
  local: 'subnational',
  international: 'international',
  nacional: 'national',
  internacional: 'international',
  subnacional: 'subnational',
  infranational: 'subnational',
} as const;
export const MEMBERSHIP_WORDS = {
  member: 'member',
  observer: 'observer',
  former: 'former',
  miembro: 'member',
  observador: 'observer',
  membre: 'member',
  observateur: 'observer',
  antiguo: 'former',
  ancien: 'former',
  'former member': 'former',
  'antiguo miembro': 'former',
  'ancien membre': 'former',
} as const;
export const PILLAR_ROLE_WORDS = {
  lead: 'lead',
  leads: 'lead',
  l: 'lead',
  lider: 'lead',
  'chef de file': 'lead',
  support: 'support',
  supports: 'support',
  s: 'support',
  apoyo: 'support',
  appui: 'support',
  x: 'support',
  yes: 'support',
} as const;
export const FOCAL_ROLE_WORDS = {
  primary: 'primary',
  main: 'primary',
  principal: 'primary',
  titular: 'primary',
  titulaire: 'primary',
  alternate: 'alternate',
  deputy: 'alternate',
  suplente: 'alternate',
  alterno: 'alternate',
  suppleant: 'alternate',
} as const;

const PILLAR_WORDS: Record<string, Pillar> = {
  prevention: 'prevention',
  prevencion: 'prevention',
  protection: 'protection',
  proteccion: 'protection',
  prosecution: 'prosecution',
  persecucion: 'prosecution',
  enjuiciamiento: 'prosecution',
  poursuites: 'prosecution',
  poursuite: 'prosecution',
  repression: 'prosecution',
  partnership: 'partnership',
  partnerships: 'partnership',
  cooperacion: 'partnership',
  alianzas: 'partnership',
  alianza: 'partnership',
  partenariat: 'partnership',
  partenariats: 'partnership',
};

/**
 * The pillars one cell lists: names (EN/ES/FR), numbers in the 4P order (1 = prevention …
 * 4 = partnership) or P1…P4, separated by ; , / | + or "and"/"y"/"et". Returns the pillars and
 * the parts that are none, so the row can say which word it did not understand.
 */
export function parsePillarList(value: string): { pillars: Pillar[]; unknown: string[] } {
  const pillars: Pillar[] = [];
  const unknown: string[] = [];
  const parts = value
    .split(/[;,/|+&\n]+|\s+(?:and|y|et|e)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    const key = textKey(part);
    const numbered = /^(?:p|pillar|pilar|pilier)? ?([1-4])$/.exec(key);
    const pillar = numbered ? PILLARS[Number(numbered[1]) - 1] : PILLAR_WORDS[key];
    if (!pillar) unknown.push(part);
    else if (!pillars.includes(pillar)) pillars.push(pillar);
  }
  return { pillars, unknown };
}
