import { Button, NativeSelect, Paper } from '@mantine/core';
import { IconArchive, IconBuildingStore, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customerSorts,
  customerStatuses,
  customerTypes,
  type CustomerListItem,
  type CustomerType,
} from '../../../../shared/features/customers/customers.contract.ts';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useCustomers, type CustomerSort, type CustomerStatus } from '../api/get-customers.ts';
import { CustomersTable } from './customers-table.tsx';

export interface CustomerSearch {
  q?: string;
  type?: CustomerType;
  status?: CustomerStatus;
  sort?: CustomerSort;
  page: number;
}

interface CustomerListProps {
  search: CustomerSearch;
  onSearchChange: (next: CustomerSearch) => void;
  /** Shown in the empty list, e.g. a "New customer" button for those who may add one. */
  emptyAction?: ReactNode;
  /** A menu of the customer's functions at the end of each row, composed by the page. */
  rowMenu?: (customer: CustomerListItem) => ReactNode;
}

const pageSize = 25;

function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

// In the order the menu offers them.
const sortKeys = {
  name: 'nameAscending',
  '-name': 'nameDescending',
  '-created': 'newest',
  created: 'oldest',
} as const satisfies Record<CustomerSort, string>;

export function CustomerList({ search, onSearchChange, emptyAction, rowMenu }: CustomerListProps) {
  const { t } = useTranslation(['customers', 'common']);
  const query = useCustomers({ ...search, pageSize });
  const typeOptions = [
    { value: 'all', label: t('list.allTypes') },
    ...customerTypes.map((type) => ({ value: type, label: t(`types.${type}`) })),
  ];
  const statusOptions = customerStatuses.map((status) => ({ value: status, label: t(`list.statuses.${status}`) }));
  const sortOptions = Object.entries(sortKeys).map(([value, key]) => ({ value, label: t(`list.sorts.${key}`) }));
  const filtered = Boolean(search.q || search.type);
  const archived = search.status === 'archived';

  function renderEmpty() {
    if (filtered) {
      return (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title={t('list.noMatchTitle')}
          description={t('list.noMatchDescription')}
          action={
            <Button variant="light" onClick={() => { onSearchChange({ status: search.status, sort: search.sort, page: 1 }); }}>
              {t('common:actions.clearFilters')}
            </Button>
          }
        />
      );
    }
    if (archived) {
      return (
        <EmptyState
          icon={<IconArchive size={28} />}
          title={t('list.archiveEmptyTitle')}
          description={t('list.archiveEmptyDescription')}
        />
      );
    }
    return (
      <EmptyState
        icon={<IconBuildingStore size={28} />}
        title={t('list.emptyTitle')}
        description={t('list.emptyDescription')}
        action={emptyAction}
      />
    );
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) return renderEmpty();
    return <CustomersTable items={query.data.items} rowMenu={rowMenu} />;
  }

  return (
    <>
      <FilterBar
        activeCount={[search.type, search.status === 'archived', search.sort && search.sort !== 'name'].filter(Boolean).length}
        search={
          <SearchInput
            label={t('list.searchLabel')}
            placeholder={t('list.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => { onSearchChange({ ...search, q: q || undefined, page: 1 }); }}
          />
        }
      >
        <NativeSelect
          label={t('common:fields.type')}
          data={typeOptions}
          value={search.type ?? 'all'}
          onChange={(event) => {
            onSearchChange({ ...search, type: oneOf(customerTypes, event.currentTarget.value), page: 1 });
          }}
          size="md"
          w={{ base: '100%', xs: 170 }}
        />
        <NativeSelect
          label={t('common:fields.status')}
          data={statusOptions}
          value={search.status ?? 'active'}
          onChange={(event) => {
            onSearchChange({ ...search, status: oneOf(customerStatuses, event.currentTarget.value), page: 1 });
          }}
          size="md"
          w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 150 }}
        />
        <NativeSelect
          label={t('list.sortLabel')}
          data={sortOptions}
          value={search.sort ?? 'name'}
          onChange={(event) => {
            onSearchChange({ ...search, sort: oneOf(customerSorts, event.currentTarget.value), page: 1 });
          }}
          size="md"
          w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 150 }}
        />
      </FilterBar>
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
