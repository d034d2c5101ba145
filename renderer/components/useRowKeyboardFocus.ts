import { useState, type KeyboardEvent } from 'react';

/**
 * Roving focus over table rows: one row is in the tab order, the arrow keys, Home and End
 * move focus between rows, so a long list costs one Tab stop instead of one per row.
 */
export function useRowKeyboardFocus(rowCount: number) {
  const [activeIndex, setActiveIndex] = useState(0);
  const current = Math.min(activeIndex, Math.max(rowCount - 1, 0));

  function rowProps(index: number) {
    return {
      tabIndex: index === current ? 0 : -1,
      onFocus: () => setActiveIndex(index),
      onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => {
        const target = targetIndex(event.key, index, rowCount);
        if (target === null) return;
        event.preventDefault();
        const rows = event.currentTarget.parentElement?.children;
        const next = rows?.[target];
        if (next instanceof HTMLElement) next.focus();
      },
    };
  }

  return { rowProps };
}

function targetIndex(key: string, index: number, rowCount: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, rowCount - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return rowCount - 1;
    default:
      return null;
  }
}
