import { Button } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { useCreateCustomer } from '../../../features/customers/api/create-customer.ts';
import { useCustomer } from '../../../features/customers/api/get-customer.ts';
import { useUpdateCustomer } from '../../../features/customers/api/update-customer.ts';
import { CustomerForm } from '../../../features/customers/components/customer-form.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const editRoute = getRouteApi('/office/customers/$customerId/edit');

export function NewCustomerPage() {
  usePageTitle('New customer');
  const navigate = useNavigate();
  const mutation = useCreateCustomer();

  return (
    <>
      <AnchorLink to="/office/customers" size="sm" mb="xs" display="inline-block">
        ← Customers
      </AnchorLink>
      <PageHeader title="New customer" description="A business or household you clean for. You can add locations and portal users next." />
      <CustomerForm
        mutation={mutation}
        onSaved={(customer) => {
          notifySaved(`${customer.name} was added. Add their locations next.`, 'Customer added');
          void navigate({ to: '/office/customers/$customerId', params: { customerId: customer.id }, search: { tab: 'locations' } });
        }}
        cancel={
          <Button variant="default" onClick={() => void navigate({ to: '/office/customers' })}>
            Cancel
          </Button>
        }
      />
    </>
  );
}

export function EditCustomerPage() {
  const { customerId } = editRoute.useParams();
  const query = useCustomer(customerId);
  const mutation = useUpdateCustomer(customerId);
  const navigate = useNavigate();
  usePageTitle(query.data ? `Edit ${query.data.name}` : 'Edit customer');
  const backToCustomer = () => navigate({ to: '/office/customers/$customerId', params: { customerId } });

  return (
    <DetailQueryState query={query} thing="Customer">
      {(customer) => (
        <>
          <AnchorLink to="/office/customers/$customerId" params={{ customerId }} size="sm" mb="xs" display="inline-block">
            ← {customer.name}
          </AnchorLink>
          <PageHeader title={`Edit ${customer.name}`} />
          <CustomerForm
            customer={customer}
            mutation={mutation}
            onSaved={() => {
              notifySaved('The customer’s details are up to date.');
              void backToCustomer();
            }}
            cancel={
              <Button variant="default" onClick={() => void backToCustomer()}>
                Cancel
              </Button>
            }
          />
        </>
      )}
    </DetailQueryState>
  );
}
