/**
 * Fictional agency names of every kind, in English, Spanish and French: national bodies
 * ("Ministry of Labour"), their offices in fictional provinces ("Labour Inspectorate —
 * Lakeside Province") and foreign counterparts. No name is meant to be a real organisation.
 */
import type { AgencyKind } from '../../../shared/domain/agencies';
import type { Language } from '../../../shared/domain/languages';

type Names = Record<Language, readonly string[]>;

export const AGENCY_BASE_NAMES: Record<AgencyKind, Names> = {
  ministry: {
    en: [
      'Ministry of Labour',
      'Ministry of the Interior',
      'Ministry of Justice',
      'Ministry of Gender and Social Protection',
      'Ministry of Tourism',
      'Ministry of Fisheries',
    ],
    es: [
      'Ministerio de Trabajo',
      'Ministerio del Interior',
      'Ministerio de Justicia',
      'Ministerio de la Mujer',
      'Ministerio de Turismo',
    ],
    fr: [
      'Ministère du Travail',
      "Ministère de l'Intérieur",
      'Ministère de la Justice',
      "Ministère de la Femme et de l'Enfant",
      'Ministère des Mines',
    ],
  },
  law_enforcement: {
    en: [
      'Anti-Human Trafficking Police Unit',
      'Criminal Investigation Department',
      'Cybercrime Unit',
      'Police Command',
    ],
    es: [
      'Brigada contra la Trata de Personas',
      'Dirección de Investigación Criminal',
      'Unidad de Delitos Informáticos',
    ],
    fr: [
      'Brigade de lutte contre la traite',
      'Direction de la police judiciaire',
      'Office central de la cybercriminalité',
    ],
  },
  prosecution_judiciary: {
    en: [
      'Office of the Director of Public Prosecutions',
      'High Court Registry',
      'Judicial Training Institute',
    ],
    es: ['Fiscalía Especializada en Trata de Personas', 'Escuela Judicial', 'Juzgado de Menores'],
    fr: ['Parquet national financier', 'École de la magistrature', 'Tribunal pour enfants'],
  },
  immigration_border: {
    en: ['Immigration Service', 'Border Management Directorate', 'Port Health and Border Unit'],
    es: ['Dirección de Migración', 'Policía de Fronteras', 'Control Migratorio del Aeropuerto'],
    fr: ["Direction de l'immigration", 'Police aux frontières', 'Poste frontière'],
  },
  labour_inspection: {
    en: ['Labour Inspectorate', 'Occupational Safety Office', 'Fisheries Labour Inspection'],
    es: ['Inspección del Trabajo', 'Oficina de Inspección Agrícola'],
    fr: ['Inspection du travail', 'Inspection du travail maritime'],
  },
  social_welfare: {
    en: ['Department of Social Welfare', 'Child Protection Service', 'Shelter Coordination Office'],
    es: [
      'Servicio de Protección de la Infancia',
      'Dirección de Desarrollo Social',
      'Red de Albergues',
    ],
    fr: [
      "Service de protection de l'enfance",
      "Direction de l'action sociale",
      "Réseau des centres d'accueil",
    ],
  },
  health: {
    en: ['Health Service', 'Psychosocial Support Unit', 'Regional Hospital'],
    es: ['Servicio de Salud', 'Unidad de Apoyo Psicosocial', 'Hospital Regional'],
    fr: ['Direction de la santé', "Cellule d'appui psychosocial", 'Centre hospitalier régional'],
  },
  education: {
    en: ['Education Directorate', 'School Inspection Office'],
    es: ['Dirección de Educación', 'Supervisión Escolar'],
    fr: ["Direction de l'éducation", 'Inspection académique'],
  },
  foreign_affairs: {
    en: ['Ministry of Foreign Affairs', 'Consular Affairs Directorate'],
    es: ['Ministerio de Relaciones Exteriores', 'Dirección de Asuntos Consulares'],
    fr: ['Ministère des Affaires étrangères', 'Direction des affaires consulaires'],
  },
  financial: {
    en: ['Financial Intelligence Unit', 'Central Bank Supervision Department', 'Revenue Authority'],
    es: ['Unidad de Inteligencia Financiera', 'Superintendencia de Bancos'],
    fr: ['Cellule de renseignement financier', 'Direction de la supervision bancaire'],
  },
  local_government: {
    en: ['District Assembly', 'Municipal Council', 'Provincial Administration'],
    es: ['Alcaldía', 'Gobernación', 'Concejo Municipal'],
    fr: ['Mairie', 'Conseil régional', 'Préfecture'],
  },
  ngo: {
    en: [
      'Safe Passage Network',
      'Freedom Lantern',
      'Open Doors Shelter',
      'Harbour of Hope',
      'Legal Aid Collective',
    ],
    es: [
      'Fundación Camino Seguro',
      'Red Puertas Abiertas',
      'Asociación Nuevo Amanecer',
      'Colectivo de Asistencia Legal',
    ],
    fr: [
      'Association Route Sûre',
      'Réseau Portes Ouvertes',
      'Fondation Nouvel Horizon',
      'Collectif Aide juridique',
    ],
  },
  international_organisation: {
    en: [
      'International Migration Agency Office',
      'Regional Crime Prevention Office',
      'Children’s Rights Fund Office',
    ],
    es: ['Oficina Regional de Migraciones', 'Oficina contra el Delito'],
    fr: ['Bureau régional des migrations', 'Bureau de prévention du crime'],
  },
  private_sector: {
    en: [
      'Chamber of Commerce',
      'Hotel and Tourism Association',
      'Fishing Fleet Owners Association',
      'Mobile Network Operators Forum',
    ],
    es: ['Cámara de Comercio', 'Asociación de Hoteleros', 'Gremio Agroexportador'],
    fr: ['Chambre de commerce', "Association de l'hôtellerie", 'Groupement des armateurs'],
  },
  trade_union: {
    en: ['Domestic Workers Union', 'Agricultural Workers Union', 'Seafarers Union'],
    es: ['Sindicato de Trabajadoras del Hogar', 'Sindicato Agrario'],
    fr: ['Syndicat des travailleurs domestiques', 'Syndicat des gens de mer'],
  },
  community_faith_based: {
    en: ['Interfaith Council', 'Community Watch Committee', 'Migrant Community Association'],
    es: ['Consejo Interreligioso', 'Comité Comunitario', 'Asociación de Migrantes'],
    fr: ['Conseil interreligieux', 'Comité de veille communautaire', 'Association des migrants'],
  },
  academia: {
    en: ['Institute of Migration Studies', 'Law Faculty Research Centre'],
    es: ['Instituto de Estudios Migratorios', 'Observatorio Universitario'],
    fr: ["Institut d'études migratoires", 'Observatoire universitaire'],
  },
  media: {
    en: ['Public Broadcasting Service', 'Journalists Association'],
    es: ['Radio Pública', 'Asociación de Periodistas'],
    fr: ['Radio nationale', 'Union des journalistes'],
  },
  foreign_counterpart: {
    en: [
      'National Anti-Trafficking Agency',
      'Federal Police Liaison Office',
      'Central Authority for Mutual Legal Assistance',
    ],
    es: ['Comisión Nacional contra la Trata', 'Autoridad Central de Cooperación Jurídica'],
    fr: ['Office national de lutte contre la traite', 'Autorité centrale d’entraide judiciaire'],
  },
  other: {
    en: ['National Statistics Office', 'Human Rights Commission', 'Ombudsman Office'],
    es: ['Instituto Nacional de Estadística', 'Defensoría del Pueblo'],
    fr: ['Institut national de la statistique', 'Commission des droits humains'],
  },
};

/** Fictional provinces and districts, for the subnational offices. */
export const PLACES: Names = {
  en: [
    'Lakeside Province',
    'Northern Highlands',
    'Eastvale District',
    'Riverbend District',
    'Coastal Province',
    'Greenfield District',
    'Stonebridge Municipality',
    'Westmoor District',
    'Upper Valley Province',
    'Southport District',
  ],
  es: [
    'Provincia del Lago',
    'Valle Alto',
    'Río Claro',
    'Costa Sur',
    'Sierra Verde',
    'Llanos del Este',
    'Puerto Viejo',
    'Altiplano Norte',
  ],
  fr: [
    'Région des Lacs',
    'Province du Nord',
    'Haut-Plateau',
    'Vallée Verte',
    'Côte Sud',
    'Plaine de l’Est',
    'Port-Neuf',
    'Collines de l’Ouest',
  ],
};

/** Countries of foreign counterparts and of the bilateral meeting (real codes, fictional offices). */
export const COUNTERPART_COUNTRIES = ['SN', 'CO', 'GH', 'ES', 'FR', 'NG', 'PE', 'CI', 'MA', 'PH'];

/** "AHTPU" from "Anti-Human Trafficking Police Unit". */
export function acronymOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^A-Za-z]+/)
    .filter((w) => w.length > 2 || /^[A-Z]/.test(w))
    .filter((w) => !/^(of|the|and|for|de|del|la|las|los|le|les|des|du|et|y|en)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 8);
}
