/**
 * Makes `?focus=<id>` links work on any page: the element carrying `data-focus-id="<id>"` is
 * scrolled into view, highlighted and focused (for screen readers) as soon as it renders. An
 * action's link opens its drawer instead (see focusRedirect).
 */
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { FOCUS_PARAM, focusRedirect } from './paletteModel';
import './palette.css';

/** How long to wait for the record to render (its page may still be loading). */
const WAIT_MS = 10_000;

export function SearchFocus() {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    const redirect = focusRedirect(pathname, search);
    if (redirect) {
      void navigate(redirect, { replace: true });
      return;
    }
    const focusId = new URLSearchParams(search).get(FOCUS_PARAM);
    if (!focusId) return;
    let target: HTMLElement | null = null;
    const timers: ReturnType<typeof setTimeout>[] = [];
    const focus = () => {
      if (target?.isConnected && document.activeElement !== target) {
        target.focus({ preventScroll: true });
      }
    };
    const apply = (): boolean => {
      const el = document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(focusId)}"]`);
      if (!el) return false;
      target = el;
      el.setAttribute('data-search-focus', 'true');
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.scrollIntoView({ block: 'center' });
      focus();
      // A closing dialog (the palette) may still take focus back for a moment.
      timers.push(setTimeout(focus, 300));
      return true;
    };
    const observer = new MutationObserver(() => {
      if (apply()) observer.disconnect();
    });
    if (!apply()) {
      observer.observe(document.body, { childList: true, subtree: true });
      timers.push(setTimeout(() => observer.disconnect(), WAIT_MS));
    }
    return () => {
      observer.disconnect();
      timers.forEach(clearTimeout);
      const el = target as HTMLElement | null;
      el?.removeAttribute('data-search-focus');
    };
  }, [pathname, search, navigate]);

  return null;
}
