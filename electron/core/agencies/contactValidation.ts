/** Phone numbers checked and normalised with libphonenumber-js (national numbers use the workspace country). */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { DomainError } from '../../../shared/errors';

export function normalisePhone(raw: string, defaultCountry: string, field = 'phone'): string {
  const text = raw.trim();
  if (!text) return '';
  const country = /^[A-Z]{2}$/.test(defaultCountry) ? (defaultCountry as CountryCode) : undefined;
  const parsed = parsePhoneNumberFromString(text, country);
  if (!parsed || !parsed.isValid()) {
    throw new DomainError(
      'VALIDATION',
      country
        ? 'This phone number is not valid. Use the international format (+…) for numbers abroad.'
        : 'This phone number is not valid. Use the international format, e.g. +233 30 266 4611.',
      { field },
    );
  }
  return parsed.formatInternational();
}
