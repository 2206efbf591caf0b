import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { CustomerList } from '../../../features/customers/components/customer-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';
import { customersPolicy } from '../../../../shared/features/customers/customers.policy.ts';
import { CustomerFunctionsMenu } from './customer-functions.tsx';

const officeRoute = getRouteApi('/office');
const customersRoute = getRouteApi('/office/customers');

export function CustomersPage() {
  const { t } = useTranslation('customers');
  usePageTitle(t('page.title'));
  const { me } = officeRoute.useRouteContext();
  const search = customersRoute.useSearch();
  const navigate = customersRoute.useNavigate();
  const navigateAway = useNavigate();
  const canManage = hasRoleAtLeast(me.user.role, customersPolicy.manage);
  const newCustomer = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void navigateAway({ to: '/office/customers/new' })}>
      {t('page.newCustomer')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} actions={newCustomer} />
      <CustomerList
        search={{ ...search, page: pageOrFirst(search.page) }}
        emptyAction={newCustomer}
        rowMenu={(customer) => <CustomerFunctionsMenu customer={customer} viewer={{ role: me.user.role, addons: me.addons }} />}
        onSearchChange={(next) =>
          void navigate({
            search: {
              q: next.q,
              type: next.type,
              status: next.status === 'archived' ? 'archived' : undefined,
              sort: next.sort === 'name' ? undefined : next.sort,
              page: pageForUrl(next.page),
            },
            // Typing refines one search; only page and filter changes deserve their own history entry.
            replace: next.q !== search.q,
          })
        }
      />
    </>
  );
}
