import { AppShell, Divider, ScrollArea, Stack } from '@mantine/core';
import {
  IconBuildingStore,
  IconCalendarEvent,
  IconClipboardCheck,
  IconFileInvoice,
  IconLayoutDashboard,
  IconMapPin,
  IconMessage2,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { useLocation } from '@tanstack/react-router';
import { NavLinkLink } from '../../components/router-links.tsx';

type OfficePath =
  | '/office'
  | '/office/customers'
  | '/office/locations'
  | '/office/requests'
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
  { to: '/office/visits', label: 'Visits', icon: IconCalendarEvent },
  { to: '/office/billing', label: 'Billing', icon: IconFileInvoice },
  { to: '/office/inspections', label: 'Inspections', icon: IconClipboardCheck },
];

const settingsItem: NavItem = { to: '/office/settings', label: 'Settings', icon: IconSettings };

function isActive(pathname: string, to: OfficePath): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return to === '/office' ? path === '/office' : path === to || path.startsWith(`${to}/`);
}

function Item({ item, pathname, onNavigate }: { item: NavItem; pathname: string; onNavigate: () => void }) {
  const Icon = item.icon;
  const active = isActive(pathname, item.to);
  return (
    <NavLinkLink
      to={item.to}
      label={item.label}
      leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
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
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <nav aria-label="Main">
          <Stack gap={2}>
            {mainItems.map((item) => (
              <Item key={item.to} item={item} pathname={pathname} onNavigate={onNavigate} />
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
