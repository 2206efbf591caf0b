import { ActionIcon, Menu } from '@mantine/core';
import {
  IconBell,
  IconCalendarEvent,
  IconClipboardCheck,
  IconDotsVertical,
  IconFileDescription,
  IconFolder,
  IconKey,
  IconListCheck,
  IconMail,
  IconMap,
  IconNotebook,
  IconQrcode,
  IconUsers,
  IconUsersGroup,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Addon, Addons } from '../../../../shared/features/addons/addons.ts';
import type { CustomerListItem } from '../../../../shared/features/customers/customers.contract.ts';
import { customersPolicy } from '../../../../shared/features/customers/customers.policy.ts';
import { journalPolicy } from '../../../../shared/features/journal/journal.policy.ts';
import { keysPolicy } from '../../../../shared/features/keys/keys.policy.ts';
import { resourcesPolicy } from '../../../../shared/features/resources/resources.policy.ts';
import { hasRoleAtLeast, type StaffRole } from '../../../../shared/roles.ts';
import type { CustomerTab } from '../../detail-tabs.ts';

/**
 * One function of the customer toolbox, reachable from a customer's row: it opens the customer's
 * page at a tab, or an outside link. Words in `customers:functions.items.<key>`. Add one here and
 * it appears in every row's menu; `addon` hides it while that add-on is off, `role` below that role.
 */
type CustomerFunction = {
  key: string;
  icon: Icon;
  addon?: Addon;
  role?: StaffRole;
} & ({ tab: CustomerTab } | { href: (customer: CustomerListItem) => string | null });

// Messages and QR codes are per contact, and the overview lists the contacts with both buttons;
// cleaning plans and the map belong to each location.
export const customerFunctions: readonly CustomerFunction[] = [
  { key: 'message', icon: IconMail, tab: 'overview', role: customersPolicy.messageContacts },
  { key: 'journal', icon: IconNotebook, tab: 'journal', role: journalPolicy.write },
  { key: 'keys', icon: IconKey, tab: 'keys', role: keysPolicy.read },
  { key: 'qr', icon: IconQrcode, tab: 'overview' },
  { key: 'map', icon: IconMap, tab: 'locations' },
  { key: 'website', icon: IconWorld, href: (customer) => customer.website },
  { key: 'associatedStaff', icon: IconUsersGroup, tab: 'overview' },
  { key: 'notifications', icon: IconBell, tab: 'notifications', role: customersPolicy.readNotices },
  { key: 'agreement', icon: IconFileDescription, tab: 'agreement', addon: 'invoiceCalculation', role: customersPolicy.agreements },
  { key: 'resources', icon: IconFolder, tab: 'resources', role: resourcesPolicy.read },
  { key: 'reports', icon: IconClipboardCheck, tab: 'reports', addon: 'audits' },
  { key: 'portalUsers', icon: IconUsers, tab: 'portal-users' },
  { key: 'cleaningPlans', icon: IconListCheck, tab: 'locations' },
  { key: 'visits', icon: IconCalendarEvent, tab: 'visits' },
];

/** The functions this person may use on this customer, with the company's add-ons. */
export function functionsFor(customer: CustomerListItem, viewer: { role: StaffRole; addons: Addons }): CustomerFunction[] {
  return customerFunctions.filter(
    (item) => (!item.addon || viewer.addons[item.addon]) && (!item.role || hasRoleAtLeast(viewer.role, item.role)) && ('tab' in item || item.href(customer) !== null),
  );
}

/** The Functions menu at the end of a customer's row (at the top right of its card on a phone). */
export function CustomerFunctionsMenu({ customer, viewer }: { customer: CustomerListItem; viewer: { role: StaffRole; addons: Addons } }) {
  const { t } = useTranslation('customers');
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('functions.open', { name: customer.name })}>
          <IconDotsVertical size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {functionsFor(customer, viewer).map((item) => {
          const ItemIcon = item.icon;
          const icon = <ItemIcon size={16} aria-hidden />;
          const label = t(`functions.items.${item.key}` as 'functions.items.message');
          if ('href' in item) {
            return (
              <Menu.Item key={item.key} leftSection={icon} component="a" href={item.href(customer) ?? undefined} target="_blank" rel="noopener noreferrer">
                {label}
              </Menu.Item>
            );
          }
          const tab = item.tab === 'overview' ? undefined : item.tab;
          return (
            <Menu.Item key={item.key} leftSection={icon} onClick={() => void navigate({ to: '/office/customers/$customerId', params: { customerId: customer.id }, search: { tab } })}>
              {label}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
