import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { OutboxList } from '../../../features/outbox/components/outbox-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';

const outboxRoute = getRouteApi('/office/settings/outbox');

export function OutboxPage() {
  usePageTitle('Outbox');
  const search = outboxRoute.useSearch();
  const navigate = outboxRoute.useNavigate();

  return (
    <>
      <Text c="dimmed" mb="md">
        Every email Porter sends, newest first. Click one to read it.
      </Text>
      <OutboxList
        page={pageOrFirst(search.page)}
        onPageChange={(page) => void navigate({ search: { page: pageForUrl(page) } })}
      />
    </>
  );
}
