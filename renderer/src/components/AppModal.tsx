/**
 * Mantine's Modal with a translated close button; its content mounts afresh at each opening.
 * Closing returns the focus to what opened it (WCAG 2.4.3) — also when that was an item of a
 * menu, which is gone by then: the focus goes to the menu's button.
 *
 * A form is not lost by accident: once something was typed or chosen in the dialog, Escape, a
 * click outside and the close button ask "Discard changes?" first. The dialog's own buttons
 * (Cancel, Save) call the caller's `onClose` directly and are not asked about.
 */
import { Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The element to focus again after a dialog opened from `element` closes. */
export function openerOf(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const menu = element.closest('[role="menu"]');
  const targetId = menu?.getAttribute('aria-labelledby');
  if (menu && targetId) return document.getElementById(targetId);
  return element;
}

/**
 * A click that chooses a value: it reached the dialog's React tree from outside its DOM, i.e.
 * from a dropdown in a portal (an option of a select, a day of a date picker).
 */
export function isChoice(event: SyntheticEvent<HTMLElement>): boolean {
  const target = event.target;
  return target instanceof Node && !event.currentTarget.contains(target);
}

export interface AppModalProps extends ModalProps {
  /**
   * Ask before closing a dialog whose fields were changed (default). Off for dialogs that only
   * choose how to do something (export options, a confirmation): nothing typed is lost there.
   */
  confirmDiscard?: boolean;
}

export function AppModal({
  opened,
  onClose,
  confirmDiscard = true,
  children,
  ...props
}: AppModalProps) {
  const { t } = useTranslation();
  const opener = useRef<HTMLElement | null>(null);
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState(false);
  // Layout effects run before the dialog takes the focus: what has it now opened the dialog.
  useLayoutEffect(() => {
    if (opened) opener.current = openerOf(document.activeElement);
  }, [opened]);
  // Each opening starts clean (state adjusted while rendering, not in an effect).
  const [openedBefore, setOpenedBefore] = useState(opened);
  if (openedBefore !== opened) {
    setOpenedBefore(opened);
    setDirty(false);
    setAsking(false);
  }

  const changed = () => {
    if (confirmDiscard && !dirty) setDirty(true);
  };
  const chosen = (event: SyntheticEvent<HTMLElement>) => {
    if (isChoice(event)) changed();
  };
  const requestClose = () => {
    if (confirmDiscard && dirty) setAsking(true);
    else onClose();
  };

  return (
    <>
      <Modal
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        {...props}
        opened={opened}
        onClose={requestClose}
        // While the question is open, Escape and outside clicks belong to it.
        closeOnEscape={!asking && (props.closeOnEscape ?? true)}
        closeOnClickOutside={!asking && (props.closeOnClickOutside ?? true)}
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
      >
        {/* React events bubble through portals: a choice in a dropdown counts too. */}
        <div onInputCapture={changed} onChangeCapture={changed} onClickCapture={chosen}>
          {children}
        </div>
      </Modal>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('common.discard.title')}
        size="sm"
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
        // Its own Escape is handled below: the window listener would also see the very key
        // press that opened the question and close it again at once.
        closeOnEscape={false}
      >
        <Stack
          gap="md"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.stopPropagation();
            setAsking(false);
          }}
        >
          <Text size="sm">{t('common.discard.body')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('common.discard.keep')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setAsking(false);
                onClose();
              }}
            >
              {t('common.discard.discard')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
