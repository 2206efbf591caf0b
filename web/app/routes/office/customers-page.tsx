import { getRouteApi } from '@tanstack/react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { CustomerList } from '../../../features/customers/components/customer-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';

const customersRoute = getRouteApi('/office/customers');

export function CustomersPage() {
  usePageTitle('Customers');
  const search = customersRoute.useSearch();
  const navigate = customersRoute.useNavigate();

  return (
    <>
      <PageHeader title="Customers" description="Businesses and households you clean for." />
      <CustomerList
        search={{ q: search.q, type: search.type, page: pageOrFirst(search.page) }}
        onSearchChange={(next) =>
          void navigate({
            search: { q: next.q, type: next.type, page: pageForUrl(next.page) },
            // Typing refines one search; only page and filter changes deserve their own history entry.
            replace: next.q !== search.q,
          })
        }
      />
    </>
  );
}
