import { Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuildingStore } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerQueryOptions } from '../api/get-customer.ts';
import { useCustomers } from '../api/get-customers.ts';

interface CustomerSelectProps {
  label?: string;
  value: string | undefined;
  onChange: (customerId: string | undefined) => void;
  w?: number | string | Record<string, number | string>;
}

// Options already narrowed by the server must not be filtered again by the typed text.
const keepServerResults: OptionsFilter = ({ options }) => options;

/** One customer, searched on the server by name, contact or address; clearable, for filters. */
export function CustomerSelect({ label, value, onChange, w }: CustomerSelectProps) {
  const { t } = useTranslation(['customers', 'common']);
  const [search, setSearch] = useState('');
  const selected = useQuery({ ...customerQueryOptions(value ?? ''), enabled: Boolean(value) });
  const selectedLabel = selected.data?.name ?? '';
  const [debounced] = useDebouncedValue(search === selectedLabel ? '' : search.trim(), 250);
  const results = useCustomers({ q: debounced || undefined, page: 1, pageSize: 100 });
  const options = (results.data?.items ?? []).map((customer) => ({ value: customer.id, label: customer.name }));
  if (value && selected.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: selectedLabel });
  }

  return (
    <Select
      label={label ?? t('common:fields.customer')}
      placeholder={t('select.placeholder')}
      data={options}
      value={value ?? null}
      onChange={(id) => { onChange(id ?? undefined); }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={keepServerResults}
      nothingFoundMessage={results.isFetching ? t('common:states.searching') : t('select.noMatch')}
      leftSection={<IconBuildingStore size={16} aria-hidden />}
      comboboxProps={{ keepMounted: false }}
      maxDropdownHeight={320}
      size="md"
      w={w}
    />
  );
}
