/** The empty state every module shows before it holds records: icon, title, what will go here. */
import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** Optional call-to-action buttons. */
  children?: ReactNode;
}

export function EmptyState({ icon, title, description, children }: EmptyStateProps) {
  return (
    <MantineEmptyState icon={icon} variant="light" size="lg" py="xl" maw={640} mx="auto">
      <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
      <MantineEmptyState.Description>{description}</MantineEmptyState.Description>
      {children ? <MantineEmptyState.Actions>{children}</MantineEmptyState.Actions> : null}
    </MantineEmptyState>
  );
}
