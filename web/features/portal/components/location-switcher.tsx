import { NativeSelect } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { useSelectedLocation } from './use-selected-location.ts';

interface LocationSwitcherProps {
  slug: string;
  me: PortalMe;
}

/** Grouped by customer account, so a property manager with several accounts picks the account and the site at once. */
function groupedLocations(me: PortalMe) {
  return me.customers
    .map((customer) => ({
      group: customer.name,
      items: me.locations
        .filter((location) => location.customerId === customer.id)
        .map((location) => ({ value: location.id, label: location.name })),
    }))
    .filter((group) => group.items.length > 0);
}

export function LocationSwitcher({ slug, me }: LocationSwitcherProps) {
  const { t } = useTranslation();
  const [selected, select] = useSelectedLocation(slug, me.locations);
  // With one location there is nothing to choose; each page names the location it is about.
  if (me.locations.length <= 1) return null;
  // The phone's own picker (a native select) opens the list: it needs none of Mantine's popup code in the first load.
  return (
    <NativeSelect
      label={t('fields.location')}
      data={groupedLocations(me)}
      value={selected?.id ?? ''}
      onChange={(event) => {
        select(event.currentTarget.value);
      }}
      leftSection={<IconMapPin size={16} aria-hidden />}
      w="100%"
    />
  );
}
