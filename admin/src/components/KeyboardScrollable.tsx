import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The elements antd's Table scrolls its content in. */
const SCROLLERS = '.ant-table-content, .ant-table-body';

/**
 * Around a table whose content scrolls sideways (on a phone, every table with `scroll.x` does): a region that
 * scrolls must be reachable with the keyboard (WCAG 2.1.1, axe's `scrollable-region-focusable`), which a
 * table without links in view (an empty one, an audit trail) is not. Each of its scrolling areas, while it
 * does scroll, becomes a named region in the tab order (the arrow keys then scroll it); antd's Table has no
 * prop for that.
 */
export function KeyboardScrollable({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    const update = () => {
      for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
        if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) {
          el.tabIndex = 0;
          el.setAttribute('role', 'region');
          el.setAttribute('aria-label', label);
        } else if (el.hasAttribute('tabindex')) {
          el.removeAttribute('tabindex');
          el.removeAttribute('role');
          el.removeAttribute('aria-label');
        }
      }
    };
    update();
    const resized = new ResizeObserver(update);
    resized.observe(root);
    const changed = new MutationObserver(update); // rows arrive, the table empties
    changed.observe(root, { childList: true, subtree: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [label]);
  return <div ref={ref}>{children}</div>;
}
