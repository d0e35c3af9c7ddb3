/**
 * Header names a NAP matrix uses for each field, in English, Spanish and French, as textKey
 * writes them (lower case, no accents, punctuation as spaces). Kept as one line per field.
 */
import type { NapField } from '../../../../shared/domain/nap';

const WORDS: Record<NapField, string> = {
  pillar:
    'pillar|pillars|pilier|piliers|pilar|pilares|eje|ejes|eje estrategico|eje tematico|axe|axes|axe strategique|axis|strategic axis|strategic area|area estrategica|ambito|objetivo estrategico|objetivo prioritario|objetivo general|strategic objective|strategic goal|goal|priority|prioridad|priorite|orientation strategique|linea estrategica|p|4p|component|componente|composante|domaine|area|objetivos prioritarios|objetivos estrategicos|ejes estrategicos|axes strategiques|pilares estrategicos',
  objective:
    'objective|objectives|specific objective|operational objective|objetivo|objetivos|objetivo especifico|objetivos especificos|objetivo operativo|objectif|objectifs|objectif specifique|objectif operationnel|linea de accion|lineas de accion|linea de actuacion|line of action|outcome|resultado|resultado esperado|expected result|expected outcome|resultat attendu|estrategia|strategy|sub objective|commitment',
  code: 'code|codigo|cod|no|n|num|numero|number|ref|reference code|id|n de medida|no medida|n mesure|numero de mesure|item',
  activity:
    'activity|activities|action|actions|actividad|actividades|accion|acciones|medida|medidas|mesure|mesures|activite|activites|measure|measures|intervention|interventions|actuacion|actuaciones|action mesure|descripcion de la medida|description de la mesure|linea de accion especifica|key activities|key actions',
  lead: 'lead|lead agency|lead agencies|lead institution|responsible|responsible agency|responsible institution|responsible institutions|responsible party|responsibility|responsable|responsables|entidad responsable|entidades responsables|organismo responsable|organismos responsables|institucion responsable|instituciones responsables|unidad responsable|chef de file|pilote|pilotes|porteur|entite responsable|ministere pilote|ejecutor|entidad ejecutora|implementing agency|implementing agencies|who',
  support:
    'supporting|supporting agencies|supporting agency|support|partners|partner agencies|collaborating agencies|contributors|apoyo|entidades de apoyo|colaboradores|entidades colaboradoras|organismos colaboradores|organismos participantes|participantes|corresponsables|co responsables|en colaboracion con|partenaires|associes|contributeurs|acteurs associes|autres acteurs|other agencies|otros actores',
  timeframe:
    'timeframe|time frame|timeline|timing|schedule|deadline|plazo|plazos|calendario|cronograma|periodo|periodo de ejecucion|temporalidad|horizonte|calendrier|echeance|echeancier|delai|delais|calendrier de mise en oeuvre|periode|when|fecha|date|ano|year|annee|implementation period',
  start: 'start|start date|inicio|fecha de inicio|fecha inicio|debut|date de debut',
  end: 'end|end date|fin|fecha de fin|fecha fin|fecha de finalizacion|fecha limite|date de fin|fin prevue|due date|completion date',
  budget:
    'budget|estimated budget|estimated cost|cost|costs|amount|presupuesto|presupuesto estimado|coste|costo|coste estimado|costo estimado|importe|monto|cout|cout estime|montant|budget estime|budget previsionnel|recursos|resources|ressources',
  currency: 'currency|moneda|divisa|devise|monnaie',
  funding:
    'funding source|funding sources|source of funding|source of funds|funding|fuente de financiacion|fuente de financiamiento|fuentes de financiacion|financiacion|financiamiento|origen de los recursos|origen de fondos|source de financement|sources de financement|financement|financeur|financeurs',
  status:
    'status|implementation status|progress|estado|estado de ejecucion|estado de avance|situacion|avance|grado de cumplimiento|statut|etat|etat d avancement|avancement|niveau de realisation',
  indicator:
    'indicator|indicators|performance indicator|output indicator|outcome indicator|kpi|indicador|indicadores|indicador de seguimiento|indicador de resultado|indicadores de seguimiento|indicateur|indicateurs|indicateur de suivi|indicateurs de suivi|indicateur de resultat|indicators of achievement',
  level: 'level|indicator level|nivel|nivel del indicador|niveau|type of indicator',
  unit: 'unit|units|unit of measure|unidad|unidad de medida|unite|unite de mesure',
  baseline:
    'baseline|baseline value|linea base|linea de base|valor linea base|valor de base|valor base|valor de referencia|valor inicial|situacion de partida|valeur de reference|situation de reference|valeur initiale|reference|base',
  baselineYear:
    'baseline year|year of baseline|baseline date|ano linea base|ano de linea base|ano base|linea base ano|annee de reference|annee de base|reference year',
  target:
    'target|targets|target value|final target|meta|metas|meta final|valor meta|valor objetivo|cible|cibles|valeur cible|objectif chiffre|resultado esperado cuantitativo',
  targetYear: 'target year|year of target|ano meta|meta ano|annee cible|target date',
  verification:
    'means of verification|mov|source of verification|sources of verification|verification|data source|source of data|medio de verificacion|medios de verificacion|fuente de verificacion|fuentes de verificacion|fuente de datos|fuente de informacion|moyens de verification|moyen de verification|source de verification|sources de verification|source des donnees|source de donnees',
  direction: 'direction|trend|desired direction|direccion|sentido|tendencia|sens',
  aggregation:
    'aggregation|cumulative|cumulative or periodic|calculation|acumulativo|acumulado|tipo de calculo|cumulatif|mode de calcul|type de calcul',
};

export const NAP_HEADER_ALIASES = Object.fromEntries(
  Object.entries(WORDS).map(([field, words]) => [field, words.split('|')]),
) as Record<NapField, string[]>;
