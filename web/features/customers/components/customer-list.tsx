import { Button, Group, NativeSelect, Paper } from '@mantine/core';
import { IconBuildingStore, IconSearchOff } from '@tabler/icons-react';
import { customerTypes } from '../../../../shared/features/customers/customers.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useCustomers, type CustomerType } from '../api/get-customers.ts';
import { CustomersTable } from './customers-table.tsx';

export interface CustomerSearch {
  q?: string;
  type?: CustomerType;
  page: number;
}

interface CustomerListProps {
  search: CustomerSearch;
  onSearchChange: (next: CustomerSearch) => void;
}

const pageSize = 25;

function isCustomerType(value: string): value is CustomerType {
  return (customerTypes as readonly string[]).includes(value);
}

const typeOptions = [
  { value: 'all', label: 'All' },
  { value: 'commercial', label: 'Commercial' },
  { value: 'residential', label: 'Residential' },
];

export function CustomerList({ search, onSearchChange }: CustomerListProps) {
  const query = useCustomers({ ...search, pageSize });
  const filtered = Boolean(search.q || search.type);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) {
      return filtered ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title="No customers match"
          description="Try another name, email or phone number, or show all types."
          action={
            <Button variant="light" onClick={() => { onSearchChange({ page: 1 }); }}>
              Clear filters
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<IconBuildingStore size={28} />}
          title="No customers yet"
          description="Customers you add will be listed here with their contact details and locations."
        />
      );
    }
    return <CustomersTable items={query.data.items} />;
  }

  return (
    <>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <SearchInput
          label="Search customers"
          placeholder="Name, email or phone"
          value={search.q ?? ''}
          onSearch={(q) => { onSearchChange({ ...search, q: q || undefined, page: 1 }); }}
        />
        <NativeSelect
          label="Type"
          data={typeOptions}
          value={search.type ?? 'all'}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onSearchChange({ ...search, type: isCustomerType(value) ? value : undefined, page: 1 });
          }}
          size="md"
          w={{ base: '100%', xs: 200 }}
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
