/** The case UI's pure helpers: the register filter in the URL, country codes, PII kinds. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/src/api';
import {
  caseFilterFromParams,
  caseFilterToParams,
} from '../../renderer/src/features/cases/caseFilterParams';
import { countryOptions } from '../../renderer/src/components/countryOptions';
import { piiKindsOf } from '../../renderer/src/components/privacy/piiKinds';

describe('case register filter in the URL', () => {
  it('round-trips every filter and keeps other parameters', () => {
    const filter = {
      stage: ['referral' as const, 'assistance' as const],
      exploitationForm: 'forced_labour' as const,
      nationality: 'NG',
      agencyId: 'agency-1',
      open: false,
      pendingCooperation: true,
      code: 'C-2026',
    };
    const params = caseFilterToParams(filter, new URLSearchParams('view=register'));
    expect(params.get('view')).toBe('register');
    expect(params.get('stage')).toBe('referral,assistance');
    expect(params.get('open')).toBe('0');
    expect(caseFilterFromParams(params)).toEqual(filter);
  });

  it('drops values outside the vocabularies', () => {
    const filter = caseFilterFromParams(
      new URLSearchParams('stage=referral,bogus&form=theft&nat=Nigeria&open=maybe&pending=yes'),
    );
    expect(filter).toEqual({ stage: ['referral'] });
  });
});

describe('country picker codes', () => {
  it('are ISO 3166-1 countries, without aliases or groupings, named in the UI language', () => {
    const codes = countryOptions('en').map((o) => o.value);
    expect(codes).toEqual(expect.arrayContaining(['NG', 'GB', 'CD', 'XK', 'MM', 'US']));
    for (const gone of ['UK', 'ZR', 'EU', 'UN', 'ZZ', 'QO', 'XA', 'AC', 'IC']) {
      expect(codes).not.toContain(gone);
    }
    expect(codes.length).toBeGreaterThanOrEqual(245);
    expect(codes.length).toBeLessThanOrEqual(251);
    expect(countryOptions('es').find((o) => o.value === 'DE')?.label).toBe('Alemania');
  });
});

describe('PII_DETECTED findings', () => {
  it('gives the kinds of one text or several fields, sorted and distinct', () => {
    const one = new ApiError('PII_DETECTED', 'x', {
      findings: [
        { kind: 'phone', start: 0, end: 5 },
        { kind: 'person_name', start: 6, end: 9 },
        { kind: 'phone', start: 10, end: 15 },
      ],
    });
    expect(piiKindsOf(one)).toEqual(['person_name', 'phone']);
    const fields = new ApiError('PII_DETECTED', 'x', {
      fields: { authority: [{ kind: 'email', start: 0, end: 3 }], text: [{ kind: 'nonsense' }] },
    });
    expect(piiKindsOf(fields)).toEqual(['email']);
    expect(piiKindsOf(new ApiError('VALIDATION', 'x'))).toBeNull();
    expect(piiKindsOf(new Error('x'))).toBeNull();
  });
});
