import { useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now, following its changes (read synchronously: no first-paint flash). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

/** Below antd's `lg` breakpoint (992 px): phones and small tablets, where the side menu becomes a drawer. */
export const NARROW_SCREEN = '(max-width: 991.98px)';
