import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page opens, so after choosing a menu item keyboard
 * and screen-reader users start at the top of the new page instead of somewhere in the menu.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h1 id="page-heading" ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
