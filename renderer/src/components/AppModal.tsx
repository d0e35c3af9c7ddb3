/**
 * Mantine's Modal with a translated close button; its content mounts afresh at each opening.
 * Closing returns the focus to what opened it (WCAG 2.4.3) — also when that was an item of a
 * menu, which is gone by then: the focus goes to the menu's button.
 */
import { Modal, type ModalProps } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The element to focus again after a dialog opened from `element` closes. */
export function openerOf(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const menu = element.closest('[role="menu"]');
  const targetId = menu?.getAttribute('aria-labelledby');
  if (menu && targetId) return document.getElementById(targetId);
  return element;
}

export function AppModal({ opened, onClose, ...props }: ModalProps) {
  const { t } = useTranslation();
  const opener = useRef<HTMLElement | null>(null);
  // Layout effects run before the dialog takes the focus: what has it now opened the dialog.
  useLayoutEffect(() => {
    if (opened) opener.current = openerOf(document.activeElement);
  }, [opened]);
  return (
    <Modal
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
      {...props}
      opened={opened}
      onClose={onClose}
      returnFocus={false}
      onExitTransitionEnd={() => {
        props.onExitTransitionEnd?.();
        const target = opener.current;
        opener.current = null;
        const active = document.activeElement;
        // Unless something outside the dialog took the focus meanwhile (e.g. the heading of
        // the page a save navigated to).
        const free = !active || active === document.body || active.closest('[role="dialog"]');
        if (target?.isConnected && free) {
          target.focus({ preventScroll: true });
        }
      }}
    />
  );
}
