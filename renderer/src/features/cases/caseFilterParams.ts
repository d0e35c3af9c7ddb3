/**
 * The case register's filter in the URL (?stage=referral,assistance&form=forced_labour&nat=NG
 * &agency=…&open=1&pending=1&q=C-2026), so that a filtered register can be shared and linked to.
 */
import type { CaseListInput } from '../../app/cases/caseQueries';
import { CASE_STAGES, EXPLOITATION_FORMS, type CaseStage } from '../../../../shared/domain/cases';
import { isOneOf } from '../../app/agencies/agencyVocabulary';

export type CaseFilter = Omit<CaseListInput, 'limit' | 'offset'>;

const PARAMS = ['stage', 'form', 'nat', 'agency', 'open', 'pending', 'q'];

export function caseFilterFromParams(params: URLSearchParams): CaseFilter {
  const filter: CaseFilter = {};
  const stage = (params.get('stage') ?? '')
    .split(',')
    .filter((s): s is CaseStage => isOneOf(CASE_STAGES, s));
  if (stage.length > 0) filter.stage = [...new Set(stage)];
  const form = params.get('form');
  if (isOneOf(EXPLOITATION_FORMS, form)) filter.exploitationForm = form;
  const nat = params.get('nat')?.trim().toUpperCase();
  if (nat && /^[A-Z]{2}$/.test(nat)) filter.nationality = nat;
  const agency = params.get('agency')?.trim();
  if (agency) filter.agencyId = agency;
  const open = params.get('open');
  if (open === '1' || open === '0') filter.open = open === '1';
  if (params.get('pending') === '1') filter.pendingCooperation = true;
  const code = params.get('q')?.trim();
  if (code) filter.code = code.slice(0, 40);
  return filter;
}

/** Writes the filter over `base`, keeping its other parameters (the tab). */
export function caseFilterToParams(filter: CaseFilter, base = new URLSearchParams()) {
  const params = new URLSearchParams(base);
  for (const param of PARAMS) params.delete(param);
  if (filter.stage?.length) params.set('stage', filter.stage.join(','));
  if (filter.exploitationForm) params.set('form', filter.exploitationForm);
  if (filter.nationality) params.set('nat', filter.nationality);
  if (filter.agencyId) params.set('agency', filter.agencyId);
  if (filter.open !== undefined) params.set('open', filter.open ? '1' : '0');
  if (filter.pendingCooperation) params.set('pending', '1');
  if (filter.code?.trim()) params.set('q', filter.code.trim());
  return params;
}
