import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * A single-page app does not move focus when the route changes, so screen-reader and keyboard users
 * would stay on the link they used: move focus to the new page's heading instead.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('[data-page-title]');
    (heading ?? document.getElementById('main'))?.focus();
  }, [pathname]);
  return null;
}
