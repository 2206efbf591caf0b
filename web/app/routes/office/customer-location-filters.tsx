import { CustomerSelect } from '../../../features/customers/components/customer-select.tsx';
import { LocationSelect } from '../../../features/locations/components/location-select.tsx';

interface CustomerLocationFiltersProps {
  customerId: string | undefined;
  locationId: string | undefined;
  onChange: (next: { customerId?: string | undefined; locationId?: string | undefined }) => void;
}

/**
 * The customer and location filters of an office list. Choosing a customer clears the location,
 * which may belong to another; the location list then offers that customer's only.
 */
export function CustomerLocationFilters({ customerId, locationId, onChange }: CustomerLocationFiltersProps) {
  return (
    <>
      <CustomerSelect
        value={customerId}
        onChange={(next) => { onChange({ customerId: next, locationId: next ? undefined : locationId }); }}
        w={{ base: '100%', xs: 280 }}
      />
      <LocationSelect value={locationId} customerId={customerId} onChange={(next) => { onChange({ locationId: next }); }} w={{ base: '100%', xs: 260 }} />
    </>
  );
}
