import { Box, Tabs } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Edges {
  /** Tabs hidden off the start (scrolled past). */
  before: boolean;
  /** Tabs hidden off the end. */
  after: boolean;
}

/**
 * A side of the list with more tabs beyond it: the tabs fade out under a chevron, so a phone
 * shows there is more to swipe to. A click on it scrolls; it is hidden from the keyboard and
 * screen readers, which move through the tabs themselves (each scrolls into view on focus).
 */
function MoreHint({ side, onClick }: { side: 'before' | 'after'; onClick: () => void }) {
  const towards = side === 'before' ? 'to left' : 'to right';
  return (
    <Box
      aria-hidden
      data-tabs-more={side}
      onClick={onClick}
      pos="absolute"
      top={0}
      bottom={2}
      left={side === 'before' ? 0 : undefined}
      right={side === 'after' ? 0 : undefined}
      w={44}
      display="flex"
      c="dimmed"
      style={{
        alignItems: 'center',
        justifyContent: side === 'before' ? 'flex-start' : 'flex-end',
        background: `linear-gradient(${towards}, transparent, var(--mantine-color-body) 60%)`,
        cursor: 'pointer',
      }}
    >
      {side === 'before' ? <IconChevronLeft size={18} /> : <IconChevronRight size={18} />}
    </Box>
  );
}

/** One row of tabs that scrolls sideways on narrow screens instead of wrapping, and shows when it does. */
export function ScrollingTabsList({ children }: { children: ReactNode }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState<Edges>({ before: false, after: false });

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => {
      const before = list.scrollLeft > 1;
      const after = list.scrollLeft + list.clientWidth < list.scrollWidth - 1;
      setEdges((previous) => (previous.before === before && previous.after === after ? previous : { before, after }));
    };
    // A page opened on a later tab (from a link) shows that tab, not the first ones.
    list.querySelector('[data-active]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    update();
    list.addEventListener('scroll', update, { passive: true });
    const resized = new ResizeObserver(update);
    resized.observe(list);
    return () => {
      list.removeEventListener('scroll', update);
      resized.disconnect();
    };
  }, []);

  const scroll = (direction: -1 | 1) => {
    const list = listRef.current;
    list?.scrollBy({ left: direction * list.clientWidth * 0.6, behavior: 'smooth' });
  };

  return (
    <Box pos="relative" mb="lg">
      <Tabs.List ref={listRef} style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden', scrollbarWidth: 'none' }}>
        {children}
      </Tabs.List>
      {edges.before ? <MoreHint side="before" onClick={() => { scroll(-1); }} /> : null}
      {edges.after ? <MoreHint side="after" onClick={() => { scroll(1); }} /> : null}
    </Box>
  );
}
