/** NAP import: agency names as ministries write them, matched to the register by name, acronym or alias. */
import { describe, expect, it } from 'vitest';
import { AgencyMatcher, splitAgencies } from '../../electron/core/nap/import/napAgencies';
import { frenchMatrix } from '../fixtures/nap/frenchMatrix';
import { preview } from '../fixtures/nap/preview';
import { agencyId, NAP_REGISTER } from '../fixtures/nap/register';
import { spanishMatrix } from '../fixtures/nap/spanishMatrix';

describe('NAP import: agencies', () => {
  it('splits two agencies joined by a slash, a line break or a semicolon', () => {
    expect(splitAgencies('Ministerio del Interior / Guardia Civil')).toEqual([
      'Ministerio del Interior',
      'Guardia Civil',
    ]);
    expect(splitAgencies('Policía Nacional \nGuardia Civil ')).toEqual([
      'Policía Nacional',
      'Guardia Civil',
    ]);
    expect(splitAgencies('GC; CNP')).toEqual(['GC', 'CNP']);
    expect(splitAgencies('Ministry of Labour, Migration and Social Security')).toEqual([
      'Ministry of Labour, Migration and Social Security',
    ]);
  });

  it('matches by name, acronym, alias, accents, case, trailing spaces and "Ministerio de" prefixes', () => {
    const m = new AgencyMatcher(NAP_REGISTER);
    expect(m.match('policia nacional ').agencyId).toBe(agencyId(3));
    expect(m.match('CNP').agencyId).toBe(agencyId(3));
    expect(m.match('Cuerpo Nacional de Policía').agencyId).toBe(agencyId(3));
    expect(m.match('Interior').agencyId).toBe(agencyId(1));
    expect(m.match('Guardia Civil (GC)').agencyId).toBe(agencyId(2));
    expect(m.match('HO').agencyId).toBe(agencyId(9));
    expect(m.match('Ministere de la justice').agencyId).toBe(agencyId(5));
  });

  it('suggests close agencies for a misspelt name and leaves an unknown one to create', () => {
    const m = new AgencyMatcher(NAP_REGISTER);
    const typo = m.match('Guardia Cvil');
    expect(typo.agencyId).toBe(agencyId(2));
    const vague = m.match('Fiscalía');
    expect(vague.agencyId).toBeNull();
    expect(vague.suggestions[0]?.id).toBe(agencyId(4));
    expect(m.match('Ministerio de Igualdad').agencyId).toBeNull();
  });

  it('lists each agency of a matrix once, and the missing ones to create', async () => {
    const es = await preview('pen.xlsx', await spanishMatrix());
    expect(es.activities[0]!.leadAgencies).toEqual([
      { text: 'Ministerio del Interior', agencyId: agencyId(1) },
      { text: 'Guardia Civil', agencyId: agencyId(2) },
    ]);
    expect(es.missingAgencies).toEqual(['Ministerio de Igualdad']);
    const fr = await preview('plan.xlsx', await frenchMatrix());
    expect(fr.activities[1]!.leadAgencies.map((a) => a.agencyId)).toEqual([
      agencyId(7),
      agencyId(6),
    ]);
    expect(fr.agencies.map((a) => a.text)).toEqual([
      'Ministère de la Justice',
      'Associations',
      'OCRTEH',
      'MIPROF',
    ]);
  });
});
