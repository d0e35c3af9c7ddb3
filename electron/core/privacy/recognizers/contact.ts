/**
 * E-mail addresses, online handles (profile URLs, @handles, handles after a platform word,
 * personal IP addresses) and phone numbers (libphonenumber-js validation, workspace country
 * first, then the countries task forces deal with most).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { HANDLE_WORDS, PHONE_WORDS } from '../lexicon/contextWords';
import { tokenAt, windowHas, matches } from '../text';
import type { Candidate, ScanInput } from './types';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/gu;
/** Shared mailboxes of an office, not of a person. */
const ROLE_MAILBOX =
  /^(info|contact|contacto|secretariat|secretaria|secretariado|secretariado|admin|office|oficina|bureau|accueil|hotline|helpline|denuncias|trata|press|prensa|presse|registry|registro|greffe|noreply|no-reply|support|soporte|mail|correo|courrier|general|atencion|ciudadano|reception|recepcion)$/i;

export function findEmails(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches(EMAIL, input.text)) {
    const [local = '', domain = ''] = m[0].split('@');
    if (ROLE_MAILBOX.test(local)) continue;
    if (input.context === 'minutes' && input.allowedDomains.has(domain.toLowerCase())) continue;
    out.push({ kind: 'email', start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const PROFILE_URL =
  /(?:https?:\/\/)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|instagram\.com|tiktok\.com|twitter\.com|x\.com|t\.me|telegram\.me|wa\.me|vk\.com|linkedin\.com\/in|snapchat\.com\/add|youtube\.com|onlyfans\.com|badoo\.com)\/[@\w.\-/%?=]+/giu;
const AT_HANDLE =
  /(?<![\p{L}\p{N}._%+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_])?(?![\p{L}\p{N}@])/gu;
const IPV4 =
  /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])/g;
/** Words after which a handle-like word is a handle (not "account": bank accounts). */
const PLATFORM_WORDS = new Set(
  [...HANDLE_WORDS].filter(
    (w) => !/^(account|cuenta|compte|ip|ip address|direccion ip|adresse ip)$/.test(w),
  ),
);
/** A handle-like word (has a digit, an underscore or a dot inside) after a platform word. */
const HANDLE_LIKE = /^(?=.*[\d_.])[A-Za-z0-9_.]{3,30}$/;

export function findHandles(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = input;
  for (const m of matches(PROFILE_URL, text)) {
    const value = m[0].replace(/[.,;:)]+$/, '');
    out.push({ kind: 'online_handle', start: m.index, end: m.index + value.length });
  }
  for (const m of matches(AT_HANDLE, text))
    out.push({ kind: 'online_handle', start: m.index, end: m.index + m[0].length });
  for (const m of matches(IPV4, text)) {
    if (/^(?:10|127|0)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./.test(m[0])) continue;
    const i = tokenAt(tokens, m.index);
    if (
      windowHas(tokens, i - 6, i, HANDLE_WORDS) ||
      /\bIP\b/i.test(text.slice(Math.max(0, m.index - 30), m.index))
    )
      out.push({ kind: 'online_handle', start: m.index, end: m.index + m[0].length });
  }
  // "her Instagram is lola_bonita99", "usuario de TikTok: chica.linda"
  const WORD = /[A-Za-z0-9_.]{3,30}/g;
  for (let i = 0; i < tokens.length; i++) {
    if (!PLATFORM_WORDS.has(tokens[i]!.key)) continue;
    const from = tokens[i]!.end;
    const slice = text.slice(from, from + 40);
    for (const w of matches(WORD, slice)) {
      const value = w[0].replace(/\.+$/, '');
      if (
        !HANDLE_LIKE.test(value) ||
        /^\d+$/.test(value.replace(/[._]/g, '')) ||
        /^[A-Z]{2}\d{2}/.test(value)
      )
        continue;
      out.push({
        kind: 'online_handle',
        start: from + w.index,
        end: from + w.index + value.length,
      });
      break;
    }
  }
  return out;
}

/** Countries whose national-format numbers are tried after the workspace's own. */
const FALLBACK_COUNTRIES: CountryCode[] = [
  'ES',
  'FR',
  'GB',
  'NG',
  'RO',
  'MA',
  'SN',
  'CI',
  'BE',
  'IT',
  'DE',
  'PT',
  'CO',
  'VE',
  'PY',
  'DO',
  'UA',
  'BG',
  'AL',
  'GH',
  'ER',
  'VN',
  'PH',
  'CN',
  'TH',
  'US',
];
const PHONE =
  /(?<![\p{L}\p{N}/-])\(?(?:\+|00)?\(?\d[\d \t\u00a0\u202f().-]{5,22}\d(?![\p{N}/]|-\d|[.,]\d)/gu;
const DROP_TYPES = new Set(['TOLL_FREE', 'SHARED_COST', 'PREMIUM_RATE', 'UAN', 'VOICEMAIL']);
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^(?:19|20)\d{2}\s?[-–/]\s?(?:19|20)?\d{2}$/;
const MONEY_AFTER =
  /^\s?(?:€|eur|euros?|usd|\$|£|gbp|xof|fcfa|cfa|naira|lei|dollars?|pounds?|libras|%|personas|persons|people|victims|víctimas|victimes|cases|casos|cas|km|kg|h\b)/i;
const MONEY_BEFORE = /(?:€|\$|£|eur|usd|gbp|budget|presupuesto|total|importe|montant)\s*$/i;

function countries(home: string): CountryCode[] {
  const first = /^[A-Z]{2}$/.test(home) ? [home as CountryCode] : [];
  return [...first, ...FALLBACK_COUNTRIES.filter((c) => c !== home)];
}

function isPhone(raw: string, after: string, near: boolean, order: CountryCode[]): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 8 || digits.length > 15 || DATE_LIKE.test(raw.trim())) return false;
  if (MONEY_AFTER.test(after)) return false;
  const international = /^(\+|00)/.test(raw);
  const normalised = raw.replace(/^00/, '+');
  // National formats of other countries start with a trunk 0; the home country's may not (ES 612…).
  const tried = international
    ? [undefined]
    : near || raw.startsWith('0')
      ? order
      : order.slice(0, 1);
  for (const country of tried) {
    const phone = parsePhoneNumberFromString(normalised, country);
    if (!phone) continue;
    if (phone.isValid() && !DROP_TYPES.has(phone.getType() ?? '')) return true;
    // "+" or "00" and a possible length is a phone even when the range is not allocated yet.
    if ((near || international) && phone.isPossible()) return true;
  }
  // French shape 0X XX XX XX XX.
  if (/^0[1-9](?:[\s.-]?\d{2}){4}$/.test(raw)) return true;
  // Grouped digits like a phone number, next to a phone word, in a format no table knows.
  return near && digits.length >= 9 && /\d[\s.-]\d/.test(raw);
}

export function findPhones(input: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const { text, tokens } = input;
  const order = countries(input.country);
  for (const m of matches(PHONE, text)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (MONEY_BEFORE.test(before)) continue;
    const i = tokenAt(tokens, m.index);
    const near = windowHas(tokens, i - 6, i, PHONE_WORDS);
    // A run may hold a number and what follows it ("612 345 678 2026"): drop trailing groups.
    // "(06 79 34 40 03)": an opening parenthesis without its closing one is not part of it.
    const open = m[0].startsWith('(') && !m[0].includes(')') ? 1 : 0;
    const start = m.index + open;
    let raw = m[0].slice(open).replace(/[\s().-]+$/, '');
    while (raw.replace(/\D/g, '').length >= 8) {
      if (isPhone(raw, text.slice(start + raw.length, start + raw.length + 12), near, order)) {
        out.push({ kind: 'phone', start, end: start + raw.length });
        break;
      }
      const shorter = raw.replace(/[\s().-]+\d+$/, '');
      if (shorter === raw) break;
      raw = shorter;
    }
  }
  return out;
}
