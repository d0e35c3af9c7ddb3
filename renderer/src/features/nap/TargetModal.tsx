/**
 * A dialog opened by setting what it edits (null closes it): the NAP forms mount afresh for each
 * target, with the title worked out from it.
 */
import type { ReactNode } from 'react';
import { AppModal } from '../../components/AppModal';

export interface TargetModalProps<T> {
  target: T | null;
  onClose: () => void;
}

export function TargetModal<T>(
  props: TargetModalProps<T> & {
    title: (target: T) => string;
    size: 'md' | 'xl';
    children: (target: T) => ReactNode;
  },
) {
  const { target } = props;
  return (
    <AppModal
      opened={target !== null}
      onClose={props.onClose}
      title={target === null ? '' : props.title(target)}
      size={props.size}
    >
      {target === null ? null : props.children(target)}
    </AppModal>
  );
}
