/**
 * The first steps of a new workspace on the dashboard: settings and letterhead, agencies, a
 * coordination body, its first meeting, the invitation. Each step ticks itself from the data
 * (dashboard:setup) and opens its screen or dialog; the list goes away once every step is
 * done, and can be hidden before that (remembered on this computer for this workspace).
 */
import {
  Button,
  CloseButton,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DashboardSetup, SetupStep } from '../../../../shared/contract/dashboard';
import { BodyFormModal } from '../../components/bodies/BodyFormModal';
import { MeetingFormModal } from '../../components/meetings/MeetingFormModal';
import { useWorkspaceStatus } from '../../app/workspace/workspaceQueries';
import { useDashboardSetup } from './dashboardQuery';

/** A short, non-reversible tag of the workspace path (FNV-1a): the key holds no path. */
export function workspaceTag(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function StepAction({ step, setup }: { step: SetupStep; setup: DashboardSetup }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState(false);
  const label = t(`dashboard.setup.steps.${step}.action`);
  const variant = setup.steps.find((s) => !s.done)?.step === step ? 'filled' : 'default';
  const linkTo = (to: string) => (
    <Button component={Link} to={to} size="xs" variant={variant}>
      {label}
    </Button>
  );
  if (step === 'settings') return linkTo('/settings');
  if (step === 'agencies') return linkTo('/agencies');
  if (step === 'invitation' && setup.meetingId) return linkTo(`/meetings/${setup.meetingId}`);
  const open = (
    <Button
      size="xs"
      variant={variant}
      // No body to meet yet, or no meeting to invite to.
      disabled={(step === 'meeting' && !setup.bodyId) || step === 'invitation'}
      onClick={() => setDialog(true)}
    >
      {label}
    </Button>
  );
  if (step === 'invitation') return open;
  if (step === 'body') {
    return (
      <>
        {open}
        <BodyFormModal
          opened={dialog}
          onClose={() => setDialog(false)}
          onSaved={(body) => void navigate(`/bodies/${body.id}`)}
        />
      </>
    );
  }
  return (
    <>
      {open}
      <MeetingFormModal
        opened={dialog}
        bodyId={setup.bodyId ?? undefined}
        onClose={() => setDialog(false)}
        onSaved={(meeting) => void navigate(`/meetings/${meeting.id}`)}
      />
    </>
  );
}

interface StepRowProps {
  step: SetupStep;
  index: number;
  done: boolean;
  children: ReactNode;
}

function StepRow({ step, index, done, children }: StepRowProps) {
  return (
    <Group
      wrap="nowrap"
      align="flex-start"
      gap="md"
      component="li"
      data-testid={`setup-step-${step}`}
      data-done={done}
    >
      <ThemeIcon
        radius="xl"
        size="md"
        color={done ? 'teal' : 'gray'}
        variant={done ? 'filled' : 'light'}
        aria-hidden
      >
        {done ? <IconCheck size={16} /> : <Text size="sm">{index}</Text>}
      </ThemeIcon>
      {children}
    </Group>
  );
}

/** `fallback`: what shows instead when the checklist does not (done, hidden, loading). */
export function SetupChecklist({ fallback = null }: { fallback?: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  const setup = useDashboardSetup();
  const status = useWorkspaceStatus();
  const [dismissed, setDismissed] = useLocalStorage<boolean>({
    key: `coordina.setupHidden.${workspaceTag(status.data?.path ?? '')}`,
    defaultValue: false,
    getInitialValueInEffect: false,
  });
  if (setup.isPending || status.isPending) return null;
  if (!setup.data || setup.data.complete || dismissed || !status.data?.path) return fallback;
  const data = setup.data;
  const doneCount = data.steps.filter((s) => s.done).length;

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby={titleId}
      data-testid="setup-checklist"
    >
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <Stack gap={4}>
          <Title order={2} size="h4" id={titleId}>
            {t('dashboard.setup.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashboard.setup.progress', { done: doneCount, total: data.steps.length })}
          </Text>
        </Stack>
        <CloseButton aria-label={t('dashboard.setup.dismiss')} onClick={() => setDismissed(true)} />
      </Group>
      <Progress
        value={(doneCount / data.steps.length) * 100}
        color="teal"
        size="sm"
        mb="md"
        aria-label={t('dashboard.setup.title')}
      />
      <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {data.steps.map(({ step, done }, index) => (
          <StepRow key={step} step={step} index={index + 1} done={done}>
            <Stack gap={2} style={{ flex: 1 }}>
              <Text fw={600} c={done ? 'dimmed' : undefined}>
                {t(`dashboard.setup.steps.${step}.label`)}
                <VisuallyHidden>
                  {' — '}
                  {t(done ? 'dashboard.setup.done' : 'dashboard.setup.todo')}
                </VisuallyHidden>
              </Text>
              <Text size="sm" c="dimmed">
                {t(`dashboard.setup.steps.${step}.description`)}
              </Text>
            </Stack>
            {done ? (
              <Text size="sm" c="teal" fw={600} aria-hidden>
                {t('dashboard.setup.done')}
              </Text>
            ) : (
              <StepAction step={step} setup={data} />
            )}
          </StepRow>
        ))}
      </Stack>
    </Paper>
  );
}
