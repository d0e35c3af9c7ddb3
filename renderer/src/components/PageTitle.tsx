/**
 * A screen's h1: names the window ("<title> – Coordina", WCAG 2.4.2) and takes the keyboard
 * focus when the user has just arrived on the screen (a new route, an unlocked or newly opened
 * workspace; WCAG 2.4.3), so screen readers announce where they are and Tab continues from
 * the top of the page. It is focusable by script only (tabIndex -1), never a Tab stop.
 */
import { Title, type TitleProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useDocumentTitle } from './useDocumentTitle';
import { focusIsBusy, takeHeadingFocus, useHeadingFocusRequest } from './headingFocus';

interface PageTitleProps extends Omit<TitleProps, 'order' | 'children'> {
  children: string;
}

export function PageTitle({ children, size = 'h2', ...rest }: PageTitleProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const request = useHeadingFocusRequest();
  useDocumentTitle(children);
  useEffect(() => {
    // The request is used up either way: a user already typing in a dialog keeps the focus.
    if (!ref.current || !takeHeadingFocus() || focusIsBusy(document.activeElement)) return;
    ref.current.focus({ preventScroll: false });
  }, [request]);
  return (
    <Title ref={ref} order={1} size={size} tabIndex={-1} className="page-title" {...rest}>
      {children}
    </Title>
  );
}
