import { Select } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function timeZoneOptions(current: string): { value: string; label: string }[] {
  const zones = Intl.supportedValuesOf('timeZone');
  // Engines list canonical zones only; "UTC" or an older alias saved earlier must still show as chosen.
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

interface TimeZoneSelectProps {
  name: string;
  /** What the zone is used for, under the label. */
  description: string;
  defaultValue?: string;
  error?: string;
}

export function TimeZoneSelect({ name, description, defaultValue, error }: TimeZoneSelectProps) {
  const { t } = useTranslation(['app', 'common']);
  const initial = defaultValue ?? browserTimeZone();
  return (
    <Select
      name={name}
      label={t('common:fields.timeZone')}
      description={description}
      data={timeZoneOptions(initial)}
      defaultValue={initial}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('app:timeZone.noMatch')}
      maxDropdownHeight={280}
      leftSection={<IconWorld size={16} aria-hidden />}
      comboboxProps={{ keepMounted: false }}
      size="md"
      error={error}
    />
  );
}
