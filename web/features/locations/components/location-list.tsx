import { Button, Group, Paper } from '@mantine/core';
import { IconMapPin, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useLocations } from '../api/get-locations.ts';
import { LocationsTable } from './locations-table.tsx';

export interface LocationSearch {
  q?: string;
  page: number;
}

interface LocationListProps {
  search: LocationSearch;
  onSearchChange: (next: LocationSearch) => void;
}

const pageSize = 25;

export function LocationList({ search, onSearchChange }: LocationListProps) {
  const { t } = useTranslation(['locations', 'common']);
  const query = useLocations({ ...search, pageSize });

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) {
      return search.q ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title={t('list.noMatchTitle')}
          description={t('list.noMatchDescription')}
          action={
            <Button variant="light" onClick={() => { onSearchChange({ page: 1 }); }}>
              {t('common:actions.clearSearch')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<IconMapPin size={28} />}
          title={t('list.emptyTitle')}
          description={t('list.emptyDescription')}
        />
      );
    }
    return <LocationsTable items={query.data.items} />;
  }

  return (
    <>
      <Group align="flex-end" gap="md" mb="md">
        <SearchInput
          label={t('list.searchLabel')}
          placeholder={t('list.searchPlaceholder')}
          value={search.q ?? ''}
          onSearch={(q) => { onSearchChange({ q: q || undefined, page: 1 }); }}
        />
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {query.data ? (
        <PaginationFooter
          page={query.data.page}
          pageSize={query.data.pageSize}
          total={query.data.total}
          onPageChange={(page) => { onSearchChange({ ...search, page }); }}
        />
      ) : null}
    </>
  );
}
