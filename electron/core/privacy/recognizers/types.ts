/** What every recognizer returns and receives: candidate spans over the original text. */
import type { PiiKind, PrivacyContext } from '../../../../shared/contract/privacy';
import type { Token } from '../text';

export interface Candidate {
  kind: PiiKind;
  start: number;
  end: number;
}

export interface ScanInput {
  text: string;
  tokens: Token[];
  context: PrivacyContext;
  /** ISO 3166 alpha-2 of the workspace (phones in national format are read for it first). */
  country: string;
  /** Tokens covered by the workspace allow-list (agency and body names, acronyms). */
  allowedTokens: ReadonlySet<number>;
  /** E-mail domains of the workspace's agencies (folded). */
  allowedDomains: ReadonlySet<string>;
}
