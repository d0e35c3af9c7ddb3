/**
 * The keyed signatures of an update form (HMAC-SHA256 with the round's secret, which never
 * leaves the encrypted workspace): one over the form's header (round, agency, body), one per
 * row over the round, the agency, the action and the action's state when the form was made —
 * so a row cannot be altered, nor moved into another agency's form, without it showing.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const FORM_VERSION = 1;
/** Name of the very hidden sheet that identifies a form. */
export const FORM_ID_SHEET = 'coordina';
/** First cell of that sheet: what kind of file this is. */
export const FORM_MARK = 'coordina-agency-update-form';

export function newRoundSecret(): string {
  return randomBytes(32).toString('hex');
}

function hmac(secret: string, parts: readonly string[]): string {
  return createHmac('sha256', Buffer.from(secret, 'hex'))
    .update(parts.join('\u001f'))
    .digest('base64url');
}

export interface FormHeader {
  roundId: string;
  agencyId: string;
  bodyId: string;
}

export function signHeader(secret: string, h: FormHeader): string {
  return hmac(secret, ['form', String(FORM_VERSION), h.roundId, h.agencyId, h.bodyId]);
}

export interface FormRowIdentity {
  actionId: string;
  /** The action's updated_at when the form was made (a change since is a conflict). */
  stateAt: string;
}

export function signRow(secret: string, h: FormHeader, row: FormRowIdentity): string {
  return hmac(secret, ['row', h.roundId, h.agencyId, row.actionId, row.stateAt]);
}

/** Constant-time comparison of a signature found in a file with the expected one. */
export function sameSignature(found: string, expected: string): boolean {
  const a = Buffer.from(found);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The sheet protection password (only discourages edits; the signatures are the check). */
export function protectionPassword(secret: string, roundId: string): string {
  return hmac(secret, ['protect', roundId]).slice(0, 16);
}

export interface NapRowIdentity {
  kind: 'activity' | 'indicator';
  itemId: string;
  /** The activity's or the indicator's state when the form was made (see agencyForms). */
  stateAt: string;
}

/** A row of the NAP sheet: the same key and scheme, its kind part of what is signed. */
export function signNapRow(secret: string, h: FormHeader, row: NapRowIdentity): string {
  return hmac(secret, ['nap', h.roundId, h.agencyId, row.kind, row.itemId, row.stateAt]);
}
