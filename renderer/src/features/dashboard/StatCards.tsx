/** The four headline figures: open, overdue, completion rate and attendance rate. */
import { Anchor, Group, Paper, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import {
  IconAlarm,
  IconChecklist,
  IconCircleCheck,
  IconUsersGroup,
  type TablerIcon,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DashboardSummary } from '../../../../shared/contract/dashboard';
import { OPEN_ACTION_STATUSES } from '../../../../shared/domain/actions';
import { actionsHref } from '../../app/actions/actionFilterParams';
import { percent } from './dashboardQuery';

interface StatCardProps {
  label: string;
  value: string;
  icon: TablerIcon;
  color: string;
  detail: ReactNode;
  testId: string;
}

function StatCard({ label, value, icon: Icon, color, detail, testId }: StatCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={label}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            {label}
          </Text>
          <Text
            fz={32}
            fw={700}
            lh={1.2}
            c={color === 'red' && value !== '0' ? 'red' : undefined}
            data-testid={testId}
          >
            {value}
          </Text>
        </div>
        <ThemeIcon variant="light" color={color} size={40} radius="md">
          <Icon size={22} aria-hidden />
        </ThemeIcon>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {detail}
      </Text>
    </Paper>
  );
}

export function StatCards({ summary }: { summary: DashboardSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const due = summary.byAgency.reduce((n, a) => n + a.completion.due, 0);
  const completed = summary.byAgency.reduce((n, a) => n + a.completion.completed, 0);
  const meetings = summary.byAgency.reduce((n, a) => n + a.attendance.meetings, 0);
  const attended = summary.byAgency.reduce((n, a) => n + a.attendance.attended, 0);
  const attendanceRate = meetings > 0 ? attended / meetings : null;
  const format = (n: number) => new Intl.NumberFormat(lang).format(n);

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" mb="lg">
      <StatCard
        label={t('dashboard.stats.open')}
        value={format(summary.open)}
        icon={IconChecklist}
        color="blue"
        testId="stat-open"
        detail={
          <Anchor
            component={Link}
            to={actionsHref({ status: [...OPEN_ACTION_STATUSES] })}
            size="sm"
          >
            {t('dashboard.stats.openLink')}
          </Anchor>
        }
      />
      <StatCard
        label={t('dashboard.stats.overdue')}
        value={format(summary.overdue)}
        icon={IconAlarm}
        color="red"
        testId="stat-overdue"
        detail={
          <Anchor component={Link} to={actionsHref({ overdue: true })} size="sm">
            {t('dashboard.stats.overdueLink')}
          </Anchor>
        }
      />
      <StatCard
        label={t('dashboard.stats.completion')}
        value={percent(summary.completionRate, lang)}
        icon={IconCircleCheck}
        color="teal"
        testId="stat-completion"
        detail={
          due > 0
            ? t('dashboard.stats.completionDetail', { completed, due })
            : t('dashboard.stats.nothingDue')
        }
      />
      <StatCard
        label={t('dashboard.stats.attendance')}
        value={percent(attendanceRate, lang)}
        icon={IconUsersGroup}
        color="violet"
        testId="stat-attendance"
        detail={
          meetings > 0
            ? t('dashboard.stats.attendanceDetail', { attended, meetings })
            : t('dashboard.stats.noMeetings')
        }
      />
    </SimpleGrid>
  );
}
