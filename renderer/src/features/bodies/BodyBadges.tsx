/** The kind of a coordination body, and its partner country for bilateral meetings. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Body } from '../../../../shared/contract/bodies';

export function BodyBadges({ body }: { body: Pick<Body, 'kind' | 'partnerCountry'> }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="light">{t(`vocab.bodyKinds.${body.kind}`)}</Badge>
      {body.partnerCountry ? (
        <Badge variant="outline" color="gray">
          {body.partnerCountry}
        </Badge>
      ) : null}
    </Group>
  );
}
