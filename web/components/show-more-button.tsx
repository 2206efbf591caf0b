import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type NextPages = { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };

/** The "Show more" under a list read a page at a time; nothing once the last page is shown. */
export function ShowMoreButton({ query }: { query: NextPages }) {
  const { t } = useTranslation('common');
  if (!query.hasNextPage) return null;
  return (
    <Group justify="center">
      <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {t('actions.showMore')}
      </Button>
    </Group>
  );
}
