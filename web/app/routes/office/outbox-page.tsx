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
        Every email Porter sends, newest first. Open one to read it. Emails that fail are tried again, waiting longer each time (up to an hour); Retry tries one now.
      </Text>
      <OutboxList
        page={pageOrFirst(search.page)}
        onPageChange={(page) => void navigate({ search: { ...search, page: pageForUrl(page) } })}
        failing={search.filter === 'failing'}
        onFailingChange={(failing) => void navigate({ search: { filter: failing ? 'failing' : undefined } })}
      />
    </>
  );
}
