/**
 * One case (/cases/:id): its code and stage with a dated timeline, victim profiles in bands,
 * suspects, NRM referral and assistance, agencies, cooperation requests, the discussion log
 * and linked actions. Edit, change stage and add requests from here. The sections themselves
 * are in CaseFacts, CaseRequests and CaseFollowUp.
 */
import { Anchor, Badge, Button, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft, IconArrowsExchange, IconEdit } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CooperationRequest } from '../../../../shared/contract/cases';
import { CenteredLoader } from '../../components/CenteredLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { StageBadge } from './CaseBadges';
import { CaseFormModal } from './CaseFormModal';
import { useCaseDetail } from '../../app/cases/caseQueries';
import { formatMonth } from './caseVocabulary';
import { CooperationFormModal } from './CooperationFormModal';
import { StageModal } from './StageModal';
import { CaseFacts, CaseProfiles, CaseStageTimeline } from './CaseFacts';
import { CaseRequests } from './CaseRequests';
import { CaseDiscussions, CaseLinkedActions } from './CaseFollowUp';

export function CasePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const detail = useCaseDetail(id);
  const [editing, setEditing] = useState(false);
  const [changingStage, setChangingStage] = useState(false);
  const [request, setRequest] = useState<CooperationRequest | 'new' | null>(null);

  const back = (
    <Anchor component={Link} to="/cases" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('cases.detail.back')}
      </Group>
    </Anchor>
  );
  if (detail.isPending) return <CenteredLoader minHeight={300} />;
  if (detail.isError) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={detail.error} />
      </Stack>
    );
  }
  const c = detail.data;
  return (
    <>
      {back}
      <PageHeader
        title={t('cases.detail.title', { code: c.code })}
        subtitle={
          c.closedMonth
            ? t('cases.detail.openedClosed', {
                opened: formatMonth(c.openedMonth, i18n.language),
                closed: formatMonth(c.closedMonth, i18n.language),
              })
            : t('cases.list.opened', { month: formatMonth(c.openedMonth, i18n.language) })
        }
        actions={
          <>
            <Badge size="lg" variant="outline" color="red">
              {t('cases.detail.restricted')}
            </Badge>
            <StageBadge stage={c.stage} />
            <Button
              variant="default"
              leftSection={<IconArrowsExchange size={18} aria-hidden />}
              onClick={() => setChangingStage(true)}
            >
              {t('cases.stage.change')}
            </Button>
            <Button
              leftSection={<IconEdit size={18} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              {t('cases.detail.edit')}
            </Button>
          </>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <CaseProfiles detail={c} />
            <CaseFacts detail={c} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <CaseStageTimeline detail={c} />
            <CaseLinkedActions detail={c} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="lg" mt="lg">
        <CaseRequests detail={c} onAdd={() => setRequest('new')} onEdit={setRequest} />
        <CaseDiscussions detail={c} />
      </Stack>
      <CaseFormModal
        opened={editing}
        detail={c}
        onClose={() => setEditing(false)}
        onSaved={() => undefined}
      />
      <StageModal opened={changingStage} detail={c} onClose={() => setChangingStage(false)} />
      <CooperationFormModal
        opened={request !== null}
        caseId={c.id}
        request={request === 'new' ? null : request}
        onClose={() => setRequest(null)}
      />
    </>
  );
}
