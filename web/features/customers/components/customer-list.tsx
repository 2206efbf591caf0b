import { Button, Group, NativeSelect, Paper } from '@mantine/core';
import { IconArchive, IconBuildingStore, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import {
  customerSorts,
  customerStatuses,
  customerTypes,
  type CustomerType,
} from '../../../../shared/features/customers/customers.contract.ts';
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
}

const pageSize = 25;

function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

const typeOptions = [
  { value: 'all', label: 'All' },
  { value: 'commercial', label: 'Commercial' },
  { value: 'residential', label: 'Residential' },
];

const statusOptions: { value: CustomerStatus; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
];

const sortOptions: { value: CustomerSort; label: string }[] = [
  { value: 'name', label: 'Name A–Z' },
  { value: '-name', label: 'Name Z–A' },
  { value: '-created', label: 'Newest' },
  { value: 'created', label: 'Oldest' },
];

export function CustomerList({ search, onSearchChange, emptyAction }: CustomerListProps) {
  const query = useCustomers({ ...search, pageSize });
  const filtered = Boolean(search.q || search.type);
  const archived = search.status === 'archived';

  function renderEmpty() {
    if (filtered) {
      return (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title="No customers match"
          description="Try another name, contact, email, phone number or address, or show all types."
          action={
            <Button variant="light" onClick={() => { onSearchChange({ status: search.status, sort: search.sort, page: 1 }); }}>
              Clear filters
            </Button>
          }
        />
      );
    }
    if (archived) {
      return (
        <EmptyState
          icon={<IconArchive size={28} />}
          title="The archive is empty"
          description="Customers you archive are kept here with their history, and can be restored at any time."
        />
      );
    }
    return (
      <EmptyState
        icon={<IconBuildingStore size={28} />}
        title="No customers yet"
        description="Customers you add will be listed here with their contact details and locations."
        action={emptyAction}
      />
    );
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) return renderEmpty();
    return <CustomersTable items={query.data.items} />;
  }

  return (
    <>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <SearchInput
          label="Search customers"
          placeholder="Name, contact, email, phone or address"
          value={search.q ?? ''}
          onSearch={(q) => { onSearchChange({ ...search, q: q || undefined, page: 1 }); }}
        />
        <NativeSelect
          label="Type"
          data={typeOptions}
          value={search.type ?? 'all'}
          onChange={(event) => {
            onSearchChange({ ...search, type: oneOf(customerTypes, event.currentTarget.value), page: 1 });
          }}
          size="md"
          w={{ base: '100%', xs: 170 }}
        />
        <NativeSelect
          label="Status"
          data={statusOptions}
          value={search.status ?? 'active'}
          onChange={(event) => {
            onSearchChange({ ...search, status: oneOf(customerStatuses, event.currentTarget.value), page: 1 });
          }}
          size="md"
          w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 150 }}
        />
        <NativeSelect
          label="Sort"
          data={sortOptions}
          value={search.sort ?? 'name'}
          onChange={(event) => {
            onSearchChange({ ...search, sort: oneOf(customerSorts, event.currentTarget.value), page: 1 });
          }}
          size="md"
          w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 150 }}
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
