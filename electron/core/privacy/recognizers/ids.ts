/**
 * Identity and bank numbers. Checksummed formats are validated by maintained libraries
 * (stdnum: DNI/NIE/NSS, NIR, NINO, CNP, Chinese RIC; ibantools: IBAN) and need no context;
 * passports, permits, licences and plain account numbers count only after a document or
 * account word.
 */
import { isValidIBAN } from 'ibantools';
import { stdnum } from 'stdnum';
import { ACCOUNT_WORDS, DOCUMENT_WORDS, STRONG_DOCUMENT_WORDS } from '../lexicon/contextWords';
import { tokenAt, windowHas, matches } from '../text';
import type { Candidate, ScanInput } from './types';

interface Validator {
  validate(value: string): { isValid: boolean };
}

const compact = (s: string) => s.replace(/[\s.\-/]/g, '').toUpperCase();
const valid = (v: Validator | undefined, s: string) => {
  try {
    return Boolean(v?.validate(s).isValid);
  } catch {
    return false;
  }
};

/** Checksummed national numbers: a pattern and the validators that must accept it. */
const CHECKSUMMED: { pattern: RegExp; validators: (Validator | undefined)[] }[] = [
  // DNI 12345678Z, 12.345.678-Z
  {
    pattern: /(?<![\p{L}\p{N}])\d{1,2}\.?\d{3}\.?\d{3}[\s-]?[A-Za-z](?![\p{L}\p{N}])/gu,
    validators: [stdnum.ES?.dni],
  },
  // NIE X1234567L, X-1234567-L
  {
    pattern: /(?<![\p{L}\p{N}])[XYZxyz][\s-]?\d{7}[\s-]?[A-Za-z](?![\p{L}\p{N}])/gu,
    validators: [stdnum.ES?.nie],
  },
  // NIR 2 85 05 75 123 456 78
  {
    pattern:
      /(?<![\p{L}\p{N}])[12][\s.]?\d{2}[\s.]?\d{2}[\s.]?(?:\d{2}|2[ABab])[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{2}(?![\p{L}\p{N}])/gu,
    validators: [stdnum.FR?.nir],
  },
  // NINO AB 12 34 56 C
  {
    pattern:
      /(?<![\p{L}\p{N}])[A-Za-z]{2}[\s]?\d{2}[\s]?\d{2}[\s]?\d{2}[\s]?[A-Da-d](?![\p{L}\p{N}])/gu,
    validators: [stdnum.GB?.nino],
  },
  // CNP 1850512123456, Spanish NSS 28 12345678 40, Chinese RIC (18 characters)
  { pattern: /(?<![\p{L}\p{N}])[1-8]\d{12}(?![\p{L}\p{N}])/gu, validators: [stdnum.RO?.cnp] },
  {
    pattern: /(?<![\p{L}\p{N}])\d{2}[\s/-]?\d{8}[\s/-]?\d{2}(?![\p{L}\p{N}])/gu,
    validators: [stdnum.ES?.nss],
  },
  { pattern: /(?<![\p{L}\p{N}])\d{17}[\dXx](?![\p{L}\p{N}])/gu, validators: [stdnum.CN?.ric] },
];

/** Document-number-like tokens: letters and digits, at least 5 digits (AB1234567, 12AB34567). */
const DOC_NUMBER =
  /(?<![\p{L}\p{N}])(?=[A-Z0-9-]{0,22}\d[A-Z0-9-]{0,22}\d[A-Z0-9-]{0,22}\d)[A-Za-z]{0,4}[-\s]?\d[\dA-Za-z-]{4,16}(?![\p{L}\p{N}])/gu;
const NOT_A_DOCUMENT = /^(?:[A-Z]{1,4}-\d{4}-\d{2,5}|\d{4}|(?:19|20)\d{2}-\d{2,4})$/;
const ACCOUNT_NUMBER = /(?<![\p{L}\p{N}])\d[\d\s-]{6,30}\d(?![\p{L}\p{N}])/gu;
const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ -]?[A-Za-z0-9]{2,4}){3,8}(?![\p{L}\p{N}])/gu;

export function findIds(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = input;
  for (const { pattern, validators } of CHECKSUMMED) {
    for (const m of matches(pattern, text)) {
      const value = compact(m[0]);
      if (validators.some((v) => valid(v, value)))
        out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of matches(DOC_NUMBER, text)) {
    const value = m[0].trim();
    if (NOT_A_DOCUMENT.test(value)) continue;
    const i = tokenAt(tokens, m.index);
    const strong = windowHas(tokens, i - 5, i, STRONG_DOCUMENT_WORDS);
    const weak = windowHas(tokens, i - 3, i, DOCUMENT_WORDS);
    const digits = value.replace(/\D/g, '').length;
    // Part of a longer grouped number (a phone: "07911 701792") is not a document number.
    const end = m.index + m[0].length;
    if (
      /^[\s-]\d/.test(text.slice(end, end + 2)) ||
      /\d[\s-]$/.test(text.slice(Math.max(0, m.index - 2), m.index))
    )
      continue;
    if (!/[A-Za-z]/.test(value) && digits < 6) continue;
    if (strong || (weak && digits >= 6 && /[A-Za-z]/.test(value)))
      out.push({ kind: 'id_number', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findBankAccounts(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = input;
  for (const m of matches(IBAN, text)) {
    // The pattern may run into the next word or number: shorten until the IBAN checks.
    let value = m[0];
    while (value.length >= 15) {
      if (isValidIBAN(compact(value))) {
        out.push({ kind: 'bank_account', start: m.index, end: m.index + value.length });
        break;
      }
      const shorter = value.replace(/[ -]?[A-Za-z0-9]$/, '');
      if (shorter === value) break;
      value = shorter;
    }
  }
  for (const m of matches(ACCOUNT_NUMBER, text)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 8 || digits > 30) continue;
    const i = tokenAt(tokens, m.index);
    if (windowHas(tokens, i - 6, i, ACCOUNT_WORDS))
      out.push({
        kind: 'bank_account',
        start: m.index,
        end: m.index + m[0].replace(/[\s-]+$/, '').length,
      });
  }
  return out;
}
