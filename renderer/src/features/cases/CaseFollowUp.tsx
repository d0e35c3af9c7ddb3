/**
 * What is done about a case, for the case page: the discussion log (with the form to add an
 * entry) and the actions linked to the case.
 */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../../../shared/contract/cases';
import { formatDay } from '../../components/formatDay';
import { workspaceDayOf } from '../../components/workspaceDay';
import { RichTextView } from '../../components/RichTextView';
import { Section } from '../../components/Section';
import { StatusBadge } from '../../components/actions/ActionBadges';
import { DiscussionForm } from './DiscussionForm';

export function CaseDiscussions({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('cases.discussion.title')}>
      <Stack gap="sm">
        {detail.discussions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cases.discussion.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {detail.discussions.map((d) => (
              <li key={d.id} data-focus-id={d.id}>
                <Text size="xs" c="dimmed">
                  {d.meeting ? (
                    <Anchor component={Link} to={`/meetings/${d.meeting.id}`} size="xs">
                      {t('cases.discussion.atMeeting', {
                        number: d.meeting.number,
                        date: formatDay(d.meeting.date, i18n.language),
                      })}
                    </Anchor>
                  ) : (
                    formatDay(workspaceDayOf(d.createdAt), i18n.language)
                  )}
                </Text>
                <RichTextView doc={d.doc} />
              </li>
            ))}
          </Stack>
        )}
        <DiscussionForm caseId={detail.id} />
      </Stack>
    </Section>
  );
}

export function CaseLinkedActions({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <Section title={t('cases.detail.actions')}>
      {detail.actions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.detail.noActions')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {detail.actions.map((a) => (
            <Group key={a.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor
                  component={Link}
                  to={`/actions?action=${a.id}`}
                  size="sm"
                  fw={600}
                  lineClamp={2}
                >
                  {a.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {[
                    a.ownerAgency.acronym || a.ownerAgency.name,
                    formatDay(a.dueDate, i18n.language),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Stack>
              <StatusBadge status={a.status} />
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
