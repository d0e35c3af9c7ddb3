/**
 * The words of a NAP matrix's cells that carry a meaning: statuses in the three languages'
 * vocabularies, indicator direction and aggregation, objective-level markers, and the rows
 * that are notes or totals rather than activities.
 */
import type {
  NapActivityStatus,
  NapAggregation,
  NapDirection,
} from '../../../../shared/domain/nap';
import { textKey } from '../../db/sql';

const STATUS_WORDS: [RegExp, NapActivityStatus][] = [
  [
    /^(not started|no iniciad[ao]|sin iniciar|pendiente|non (demarre|commence|realise)e?s?|a (demarrer|lancer)|not yet started|planned|planificad[ao]|prevue?)$/,
    'not_started',
  ],
  [
    /^(completed?|done|achieved|finished|realizad[ao]|ejecutad[ao]|cumplid[ao]|finalizad[ao]|completad[ao]|terminad[ao]|realisee?s?|achevee?s?|terminee?s?|complete)$/,
    'completed',
  ],
  [
    /^(at risk|en riesgo|a risque|risque|partially|partiellement realisee?s?|parcialmente (cumplid|ejecutad|realizad)[ao]|limited|limitad[ao])$/,
    'at_risk',
  ],
  [
    /^(delayed|late|behind|overdue|retrasad[ao]|con retraso|atrasad[ao]|en retard|retardee?)$/,
    'delayed',
  ],
  [
    /^(cancell?ed|dropped|cancelad[ao]|anulad[ao]|annulee?|abandonnee?|suspendid[ao]|suspended)$/,
    'cancelled',
  ],
  [
    /^(on track|ongoing|in progress|started|en curso|en ejecucion|en marcha|iniciad[ao]|en proceso|en avance|en ejecucion continua|en cours|en bonne voie|engagee?|substantial|sustancial|permanente)$/,
    'on_track',
  ],
];

/** The status a cell names, 'unknown' for words not recognised, null for an empty cell. */
export function readStatus(text: string): NapActivityStatus | 'unknown' | null {
  const key = textKey(text);
  if (!key) return null;
  return STATUS_WORDS.find(([pattern]) => pattern.test(key))?.[1] ?? 'unknown';
}

const DECREASE =
  /\b(reduc|reduir|reduce|reduccion|reduction|decrease|decreas|disminu|diminu|baisse|descend|menos|lower|fewer|less|↓)/;

export function readDirection(
  text: string,
  name: string,
  baseline: number | null,
  target: number | null,
): NapDirection {
  const key = textKey(text);
  if (key) {
    if (DECREASE.test(key) || text.includes('↓') || key === 'down' || key === 'bajar')
      return 'decrease';
    return 'increase';
  }
  if (DECREASE.test(textKey(name))) return 'decrease';
  if (baseline !== null && target !== null && target < baseline) return 'decrease';
  return 'increase';
}

export function readAggregation(text: string, name: string): NapAggregation {
  const key = textKey(text);
  if (key) return /\b(cumul|acumul|cumulative|total)/.test(key) ? 'cumulative' : 'periodic';
  return /\b(acumulad|cumulative|cumule|cumulatif|cumulated|numero total|nombre total|total number)/.test(
    textKey(name),
  )
    ? 'cumulative'
    : 'periodic';
}

/** An indicator level cell naming the objective (rather than the activity) level. */
export function isObjectiveLevel(text: string): boolean {
  return /^(objective|objetivo|objectif|outcome|resultado|resultat|impact|impacto|result|goal|meta)\b/.test(
    textKey(text),
  );
}

export function isPercentName(name: string): boolean {
  return /%|\b(porcentaje|percentage|percent|pourcentage|tasa|taux|proporcion|proportion|ratio|share)\b/.test(
    name.includes('%') ? '%' : textKey(name),
  );
}

const TOTAL =
  /^(total|totales|subtotal|sub total|sous total|total general|grand total|suma|somme|montant total|totaux)\b/;
const NOTE =
  /^(nota|notas|note|notes|nb|n b|fuente|fuentes|source|sources|observaciones|observation|observations|remarque|remarques|comentario|aclaracion|important|leyenda|legend|legende|elaborado|elaboracion|prepared by|last updated|actualizado|mise a jour)\b/;

export function isTotalText(text: string): boolean {
  // Most cells are long prose: a cheap look at the first letters spares the full key.
  if (!/^\W*(t|s|g|m)/i.test(text)) return false;
  return TOTAL.test(textKey(text.slice(0, 40)));
}

export function isNoteText(text: string): boolean {
  const trimmed = text.trim();
  return NOTE.test(textKey(trimmed)) || /^(\*|\(\d+\)|\d+\))/.test(trimmed);
}

const PILLAR_HEADING =
  /^(eje|ejes|axe|axis|pillar|pilier|pilar|p|objetivo estrategico|objetivo prioritario|objectif strategique|strategic objective|strategic goal|priority|prioridad|area|componente|component|composante|orientation)\s*\d+\b/;
const OBJECTIVE_HEADING =
  /^(objetivo|objective|objectif|linea de accion|linea|line of action|oe|os|outcome|resultado|specific objective|objetivo especifico|objectif specifique|objectif operationnel)\s*\d+/;

export function headingKind(text: string): 'pillar' | 'objective' | null {
  const key = textKey(text);
  if (PILLAR_HEADING.test(key)) return 'pillar';
  if (OBJECTIVE_HEADING.test(key)) return 'objective';
  return null;
}

/**
 * A leading code in a pillar, objective or activity cell ("Eje 2. Protección", "1.3 Mejorar…",
 * "Axe 4 – Poursuivre") and the name after it.
 */
export function splitCode(text: string, dottedOnly: boolean): { code: string; name: string } {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const m = dottedOnly
    ? /^(\d+(?:\.\d+)+)\.?(?:\s*[:.)\-–—]\s*|\s+)(\S.*)$/su.exec(flat)
    : /^(?:(?:eje|ejes|axe|axis|pillar|pilier|pilar|objetivo(?: estrat[eé]gico| prioritario| espec[ií]fico| operativo)?|objective|objectif(?: strat[eé]gique| sp[eé]cifique| op[eé]rationnel)?|l[ií]nea(?: de acci[oó]n)?|line of action|oe|os|p|priority|prioridad|[aá]rea|component|componente|composante)\.?\s*)?(\d+(?:\.\d+)*|[IVX]+)\.?(?:\s*[:.)\-–—]\s*|\s+)(\S.*)$/iu.exec(
        flat,
      );
  return m ? { code: m[1]!, name: m[2]!.trim() } : { code: '', name: flat };
}
