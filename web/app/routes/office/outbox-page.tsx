import { Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { OutboxList } from '../../../features/outbox/components/outbox-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';

const outboxRoute = getRouteApi('/office/settings/outbox');

export function OutboxPage() {
  const { t } = useTranslation('outbox');
  usePageTitle(t('pageTitle'));
  const search = outboxRoute.useSearch();
  const navigate = outboxRoute.useNavigate();

  return (
    <>
      <Text c="dimmed" mb="md">
        {t('intro')}
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
