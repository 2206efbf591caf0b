import { AppShell, Badge, Divider, ScrollArea, Stack } from '@mantine/core';
import {
  IconBuildingStore,
  IconCalendarEvent,
  IconClipboardCheck,
  IconFileInvoice,
  IconLayoutDashboard,
  IconMapPin,
  IconMessage2,
  IconMoodSmile,
  IconPackage,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { useLocation } from '@tanstack/react-router';
import { NavLinkLink } from '../../components/router-links.tsx';
import { useNewRequestCount } from '../../features/notifications/api/get-notifications.ts';

type OfficePath =
  | '/office'
  | '/office/customers'
  | '/office/locations'
  | '/office/requests'
  | '/office/supplies'
  | '/office/feedback'
  | '/office/visits'
  | '/office/billing'
  | '/office/inspections'
  | '/office/settings';

interface NavItem {
  to: OfficePath;
  label: string;
  icon: Icon;
}

const mainItems: NavItem[] = [
  { to: '/office', label: 'Dashboard', icon: IconLayoutDashboard },
  { to: '/office/customers', label: 'Customers', icon: IconBuildingStore },
  { to: '/office/locations', label: 'Locations', icon: IconMapPin },
  { to: '/office/requests', label: 'Requests', icon: IconMessage2 },
  { to: '/office/supplies', label: 'Supplies', icon: IconPackage },
  { to: '/office/feedback', label: 'Feedback', icon: IconMoodSmile },
  { to: '/office/visits', label: 'Visits', icon: IconCalendarEvent },
  { to: '/office/billing', label: 'Billing', icon: IconFileInvoice },
  { to: '/office/inspections', label: 'Inspections', icon: IconClipboardCheck },
];

const settingsItem: NavItem = { to: '/office/settings', label: 'Settings', icon: IconSettings };

function isActive(pathname: string, to: OfficePath): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return to === '/office' ? path === '/office' : path === to || path.startsWith(`${to}/`);
}

interface ItemProps {
  item: NavItem;
  pathname: string;
  onNavigate: () => void;
  /** A red count beside the label, e.g. requests nobody has opened yet. */
  count?: number;
}

function Item({ item, pathname, onNavigate, count = 0 }: ItemProps) {
  const Icon = item.icon;
  const active = isActive(pathname, item.to);
  return (
    <NavLinkLink
      to={item.to}
      label={item.label}
      leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
      rightSection={
        count > 0 ? (
          <Badge color="red" size="sm" variant="filled" circle={count < 10} title={`${String(count)} new`}>
            {count > 99 ? '99+' : count}
          </Badge>
        ) : null
      }
      active={active}
      activeOptions={{ exact: item.to === '/office', includeSearch: false }}
      onClick={onNavigate}
      variant="light"
      fw={600}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

export function OfficeNav({ onNavigate }: { onNavigate: () => void }) {
  const pathname = useLocation({ select: (location) => location.pathname });
  const newRequests = useNewRequestCount();
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <nav aria-label="Main">
          <Stack gap={2}>
            {mainItems.map((item) => (
              <Item
                key={item.to}
                item={item}
                pathname={pathname}
                onNavigate={onNavigate}
                count={item.to === '/office/requests' ? newRequests : 0}
              />
            ))}
          </Stack>
        </nav>
      </AppShell.Section>
      <AppShell.Section p="sm">
        <Divider mb="sm" />
        <Item item={settingsItem} pathname={pathname} onNavigate={onNavigate} />
      </AppShell.Section>
    </>
  );
}
