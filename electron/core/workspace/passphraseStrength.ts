/**
 * Passphrase strength with zxcvbn-ts (common + English dictionaries). Feedback is returned
 * as zxcvbn's translation keys so that the UI can show it in the user's language.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import type { PassphraseStrength } from '../../../shared/contract/workspace';
import { MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE } from '../../../shared/domain/passphrase';
import { DomainError } from '../../../shared/errors';

let factory: ZxcvbnFactory | null = null;

function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** Only the first 256 characters are scored: zxcvbn is quadratic and long phrases are strong. */
export function measurePassphrase(
  passphrase: string,
  userInputs: string[] = [],
): PassphraseStrength {
  const result = estimator().check(passphrase.slice(0, 256), userInputs);
  const tooShort = passphrase.length < MIN_PASSPHRASE_LENGTH;
  return {
    score: result.score,
    acceptable: !tooShort && result.score >= MIN_PASSPHRASE_SCORE,
    tooShort,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}

/** Throws the right error when a new passphrase may not be used. */
export function assertNewPassphrase(
  passphrase: string,
  confirmation: string,
  userInputs: string[] = [],
): void {
  if (passphrase !== confirmation) {
    throw new DomainError('PASSPHRASE_MISMATCH', 'The passphrase and its confirmation differ.');
  }
  const strength = measurePassphrase(passphrase, userInputs);
  if (!strength.acceptable) {
    throw new DomainError(
      'WEAK_PASSPHRASE',
      'This passphrase is too easy to guess. Use a longer phrase of unrelated words.',
      { score: strength.score, warning: strength.warning, suggestions: strength.suggestions },
    );
  }
}
