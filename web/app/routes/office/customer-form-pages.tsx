import { Button } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['customers', 'common']);
  usePageTitle(t('new.title'));
  const navigate = useNavigate();
  const mutation = useCreateCustomer();

  return (
    <>
      <AnchorLink to="/office/customers" size="sm" mb="xs" display="inline-block">
        {t('backToList')}
      </AnchorLink>
      <PageHeader title={t('new.title')} description={t('new.description')} />
      <CustomerForm
        mutation={mutation}
        onSaved={(customer) => {
          notifySaved(t('new.added', { name: customer.name }), t('new.addedTitle'));
          void navigate({ to: '/office/customers/$customerId', params: { customerId: customer.id }, search: { tab: 'locations' } });
        }}
        cancel={
          <Button variant="default" onClick={() => void navigate({ to: '/office/customers' })}>
            {t('common:actions.cancel')}
          </Button>
        }
      />
    </>
  );
}

export function EditCustomerPage() {
  const { t } = useTranslation(['customers', 'common']);
  const { customerId } = editRoute.useParams();
  const query = useCustomer(customerId);
  const mutation = useUpdateCustomer(customerId);
  const navigate = useNavigate();
  usePageTitle(query.data ? t('edit.title', { name: query.data.name }) : t('edit.fallbackTitle'));
  const backToCustomer = () => navigate({ to: '/office/customers/$customerId', params: { customerId } });

  return (
    <DetailQueryState query={query} thing="customer">
      {(customer) => (
        <>
          <AnchorLink to="/office/customers/$customerId" params={{ customerId }} size="sm" mb="xs" display="inline-block">
            ← {customer.name}
          </AnchorLink>
          <PageHeader title={t('edit.title', { name: customer.name })} />
          <CustomerForm
            customer={customer}
            mutation={mutation}
            onSaved={() => {
              notifySaved(t('edit.saved'));
              void backToCustomer();
            }}
            cancel={
              <Button variant="default" onClick={() => void backToCustomer()}>
                {t('common:actions.cancel')}
              </Button>
            }
          />
        </>
      )}
    </DetailQueryState>
  );
}
