/** An agency's 4P roles as compact badges: lead filled, support outlined, full name for readers. */
import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PILLARS, type Pillar, type PillarRole } from '../../../../shared/domain/agencies';

export function PillarBadges({ roles }: { roles: Partial<Record<Pillar, PillarRole>> }) {
  const { t } = useTranslation();
  const held = PILLARS.filter((pillar) => roles[pillar]);
  if (held.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('vocab.pillarRoles.none')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="wrap">
      {held.map((pillar) => {
        const role = roles[pillar] as PillarRole;
        return (
          <Badge
            key={pillar}
            size="sm"
            radius="sm"
            variant={role === 'lead' ? 'filled' : 'outline'}
            title={`${t(`vocab.pillars.${pillar}`)}: ${t(`vocab.pillarRoles.${role}`)}`}
          >
            <span aria-hidden>{t(`vocab.pillarsShort.${pillar}`)}</span>
            <VisuallyHidden>
              {t('agencies.list.pillarRole', {
                pillar: t(`vocab.pillars.${pillar}`),
                role: t(`vocab.pillarRoles.${role}`),
              })}
            </VisuallyHidden>
          </Badge>
        );
      })}
    </Group>
  );
}
