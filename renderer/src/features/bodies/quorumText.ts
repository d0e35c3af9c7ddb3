/** The quorum rule in words: "Majority (7 of 12)" or "Fixed: 5". */
import type { TFunction } from 'i18next';
import type { QuorumRule } from '../../../../shared/domain/bodies';

export function quorumText(
  t: TFunction,
  quorum: QuorumRule,
  required: number,
  members: number,
): string {
  if (quorum.kind === 'fixed') return t('bodies.quorum.fixed', { number: quorum.count });
  return members === 0
    ? t('bodies.quorum.majorityNoMembers')
    : t('bodies.quorum.majority', { required, members });
}
