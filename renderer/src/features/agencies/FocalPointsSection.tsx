/** The "Focal points" section: those in post, with add / replace / edit / end and their modals. */
import { Button, SimpleGrid, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocalPoint } from '../../../../shared/contract/agencies';
import { Section } from '../../components/Section';
import { EndFocalPointModal } from './EndFocalPointModal';
import { FocalPointCard } from './FocalPointCard';
import { FocalPointFormModal } from './FocalPointFormModal';
import type { FocalPointTarget } from './focalPointFormValues';

interface FocalPointsSectionProps {
  agencyId: string;
  focalPoints: FocalPoint[];
  /** The core refuses new focal points for an archived agency. */
  archived: boolean;
}

export function FocalPointsSection({ agencyId, focalPoints, archived }: FocalPointsSectionProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<FocalPointTarget | null>(null);
  const [ending, setEnding] = useState<FocalPoint | null>(null);
  const active = focalPoints
    .filter((fp) => fp.active)
    .sort((a, b) =>
      a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'primary' ? -1 : 1,
    );
  const hasPrimary = active.some((fp) => fp.role === 'primary');

  return (
    <Section
      title={t('agencyDetail.sections.focalPoints')}
      actions={
        <Button
          disabled={archived}
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => setTarget({ mode: 'add', role: hasPrimary ? 'alternate' : 'primary' })}
        >
          {t('focalPoints.add')}
        </Button>
      }
    >
      {archived ? (
        <Text size="sm" c="orange" mb="sm">
          {t('focalPoints.archivedNotice')}
        </Text>
      ) : null}
      {active.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('focalPoints.noneActive')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {active.map((fp) => (
            <FocalPointCard
              key={fp.id}
              focalPoint={fp}
              canReplace={!archived}
              onReplace={() => setTarget({ mode: 'replace', focalPoint: fp })}
              onEdit={() => setTarget({ mode: 'edit', focalPoint: fp })}
              onEnd={() => setEnding(fp)}
            />
          ))}
        </SimpleGrid>
      )}
      <FocalPointFormModal agencyId={agencyId} target={target} onClose={() => setTarget(null)} />
      <EndFocalPointModal focalPoint={ending} onClose={() => setEnding(null)} />
    </Section>
  );
}
