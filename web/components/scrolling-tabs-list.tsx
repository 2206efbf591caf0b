import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';

/** One row of tabs that scrolls sideways on narrow screens instead of wrapping onto a second line. */
export function ScrollingTabsList({ children }: { children: ReactNode }) {
  return (
    <Tabs.List mb="lg" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'thin' }}>
      {children}
    </Tabs.List>
  );
}
