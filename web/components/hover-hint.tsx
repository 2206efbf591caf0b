import type { ReactNode } from 'react';
import classes from './hover-hint.module.css';

/**
 * A tooltip made of CSS alone, for an icon button whose aria-label already names it: it needs none of Mantine's
 * popup code, so it costs a page's first load nothing. The hint repeats the name for sighted users only.
 */
export function HoverHint({ label, position = 'top', children }: { label: string; position?: 'top' | 'bottom'; children: ReactNode }) {
  return (
    <span className={classes.root}>
      {children}
      <span className={classes.hint} data-position={position} aria-hidden>
        {label}
      </span>
    </span>
  );
}
