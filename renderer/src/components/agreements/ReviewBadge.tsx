/** "Review due" on an agreement whose review date has come (register and linked lists). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/contract/agreements';

export function ReviewBadge({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  if (!agreement.reviewDue) return null;
  return (
    <Badge color="orange" variant="light" miw="max-content" data-testid="review-due">
      {t('agreements.reviewDue')}
    </Badge>
  );
}
