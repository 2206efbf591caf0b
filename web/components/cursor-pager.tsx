import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';

/**
 * Where a table read by keyset cursors is: the cursors of the pages opened so far, so Previous
 * goes back one. A new filter or sort (a new `listKey`) starts again at the first page, since a
 * cursor is only good for the list it was made for.
 */
export function useCursorTrail(listKey: string) {
  const [state, setState] = useState<{ listKey: string; trail: string[] }>({ listKey, trail: [] });
  const trail = state.listKey === listKey ? state.trail : [];
  return {
    cursor: trail.at(-1),
    page: trail.length + 1,
    next: (cursor: string) => { setState({ listKey, trail: [...trail, cursor] }); },
    previous: () => { setState({ listKey, trail: trail.slice(0, -1) }); },
  };
}

interface CursorPagerProps {
  page: number;
  nextCursor: string | null;
  /** The rows shown are still the last page's while this one loads, and so is their cursor. */
  loading: boolean;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}

/** "Page 3" with Previous and Next under a keyset-paged table; nothing when it all fits on one page. */
export function CursorPager({ page, nextCursor, loading, onNext, onPrevious }: CursorPagerProps) {
  const { t } = useTranslation(['app', 'common']);
  if (page === 1 && !nextCursor) return null;
  return (
    <Group component="nav" aria-label={t('pagination.label')} aria-busy={loading} justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pagination.page', { page: formatNumber(page) })}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="sm" leftSection={<IconChevronLeft size={16} aria-hidden />} disabled={loading || page === 1} onClick={onPrevious}>
          {t('common:pagination.previous')}
        </Button>
        <Button variant="default" size="sm" rightSection={<IconChevronRight size={16} aria-hidden />} disabled={loading || !nextCursor} onClick={() => { if (nextCursor) onNext(nextCursor); }}>
          {t('common:pagination.next')}
        </Button>
      </Group>
    </Group>
  );
}
