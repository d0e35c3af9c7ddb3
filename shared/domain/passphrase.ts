/** Rules for workspace passphrases shared by the UI (live hints) and the core (enforcement). */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MAX_PASSPHRASE_LENGTH = 1024;
/** Minimum zxcvbn score (0–4) accepted for a new passphrase. */
export const MIN_PASSPHRASE_SCORE = 3;
