import { MultiSelect, Select, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconMapPin } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { locationQueryOptions } from '../api/get-location.ts';
import { useLocations } from '../api/get-locations.ts';

interface LocationOption {
  id: string;
  name: string;
  customerName: string;
}

function optionLabel(location: LocationOption, withCustomer: boolean): string {
  return withCustomer ? `${location.name} · ${location.customerName}` : location.name;
}

/** Lists are searched on the server, since a company may look after more locations than one page holds. */
function useLocationSearch(search: string, customerId: string | undefined) {
  const [debounced] = useDebouncedValue(search.trim(), 250);
  return useLocations({ q: debounced || undefined, customerId, page: 1, pageSize: 100 });
}

// Options already narrowed by the server must not be filtered again by the typed text.
const keepServerResults: OptionsFilter = ({ options }) => options;

interface LocationSelectProps {
  label?: string;
  value: string | undefined;
  onChange: (locationId: string | undefined) => void;
  /** Only this customer's locations. */
  customerId?: string;
  w?: number | string | Record<string, number | string>;
}

/** One location, searched by name, address or customer; clearable, for filters. */
export function LocationSelect({ label, value, onChange, customerId, w }: LocationSelectProps) {
  const { t } = useTranslation(['locations', 'common']);
  const [search, setSearch] = useState('');
  const selected = useQuery({ ...locationQueryOptions(value ?? ''), enabled: Boolean(value) });
  const selectedLabel = selected.data ? optionLabel(selected.data, !customerId) : '';
  const results = useLocationSearch(search === selectedLabel ? '' : search, customerId);
  const options = (results.data?.items ?? []).map((location) => ({ value: location.id, label: optionLabel(location, !customerId) }));
  if (value && selected.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: selectedLabel });
  }

  return (
    <Select
      label={label ?? t('common:fields.location')}
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
      leftSection={<IconMapPin size={16} aria-hidden />}
      comboboxProps={{ keepMounted: false }}
      maxDropdownHeight={320}
      size="md"
      w={w}
    />
  );
}

interface LocationMultiSelectProps {
  value: string[];
  onChange: (locationIds: string[]) => void;
  error?: string;
  /** Locations already chosen, so their names show before anything is searched. */
  known: LocationOption[];
  label?: string;
}

/** Several locations across customers, searched on the server; the names of chosen ones are remembered. */
export function LocationMultiSelect({ value, onChange, error, known, label }: LocationMultiSelectProps) {
  const { t } = useTranslation(['locations', 'common']);
  const [search, setSearch] = useState('');
  const [names, setNames] = useState<Map<string, string>>(() => new Map(known.map((location) => [location.id, optionLabel(location, true)])));
  const results = useLocationSearch(search, undefined);
  const found = (results.data?.items ?? []).map((location) => ({ value: location.id, label: optionLabel(location, true) }));
  const options = [...found];
  for (const id of value) {
    if (!options.some((option) => option.value === id)) options.push({ value: id, label: names.get(id) ?? t('common:fields.location') });
  }

  return (
    <MultiSelect
      label={label ?? t('common:fields.locations')}
      description={t('select.multiHint')}
      placeholder={value.length === 0 ? t('select.multiPlaceholder') : undefined}
      data={options}
      value={value}
      onChange={(ids) => {
        setNames((current) => {
          const next = new Map(current);
          for (const option of found) next.set(option.value, option.label);
          return next;
        });
        onChange(ids);
      }}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={keepServerResults}
      nothingFoundMessage={results.isFetching ? t('common:states.searching') : t('select.noMatch')}
      error={error}
      comboboxProps={{ keepMounted: false }}
      maxDropdownHeight={280}
      hidePickedOptions
    />
  );
}
