import { AppShell, Badge, Divider, ScrollArea, Stack } from '@mantine/core';
import {
  IconBuildingStore,
  IconClipboardCheck,
  IconReceipt,
  IconCalendarWeek,
  IconHourglassEmpty,
  IconLayoutDashboard,
  IconMapPin,
  IconMessages,
  IconMessage2,
  IconMoodSmile,
  IconPackage,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import { getRouteApi, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NavLinkLink } from '../../components/router-links.tsx';
import { useNavBadgeCounts } from '../../features/notifications/api/get-notifications.ts';
import { billingPolicy } from '../../../shared/features/billing/billing.policy.ts';
import { chatPolicy, mayUseChat } from '../../../shared/features/chat/chat.policy.ts';
import { useOfficeChatUnread } from '../../features/chat/api/get-unread.ts';
import { hasRoleAtLeast, type StaffRole } from '../../../shared/roles.ts';

const officeRoute = getRouteApi('/office');

type OfficePath =
  | '/office'
  | '/office/customers'
  | '/office/locations'
  | '/office/schedule'
  | '/office/requests'
  | '/office/chat'
  | '/office/waiting-list'
  | '/office/supplies'
  | '/office/feedback'
  | '/office/inspections'
  | '/office/billing'
  | '/office/settings';

type NavLabel = 'dashboard' | 'customers' | 'locations' | 'schedule' | 'requests' | 'chat' | 'waitingList' | 'supplies' | 'feedback' | 'inspections' | 'billing' | 'settings';

interface NavItem {
  to: OfficePath;
  /** Its words: `app:nav.<labelKey>`. */
  labelKey: NavLabel;
  icon: Icon;
  /** The least role that sees it; everyone in the office when absent. */
  minimumRole?: StaffRole;
}

const mainItems: NavItem[] = [
  { to: '/office', labelKey: 'dashboard', icon: IconLayoutDashboard },
  { to: '/office/customers', labelKey: 'customers', icon: IconBuildingStore },
  { to: '/office/locations', labelKey: 'locations', icon: IconMapPin },
  // Everyone in the office may read it: visitsPolicy.read is the office's least role.
  { to: '/office/schedule', labelKey: 'schedule', icon: IconCalendarWeek },
  { to: '/office/waiting-list', labelKey: 'waitingList', icon: IconHourglassEmpty },
  { to: '/office/requests', labelKey: 'requests', icon: IconMessage2 },
  // Technicians never see customers' messages (SPEC); owners and admins see every conversation.
  { to: '/office/chat', labelKey: 'chat', icon: IconMessages, minimumRole: chatPolicy.takePart },
  { to: '/office/supplies', labelKey: 'supplies', icon: IconPackage },
  { to: '/office/feedback', labelKey: 'feedback', icon: IconMoodSmile },
  { to: '/office/inspections', labelKey: 'inspections', icon: IconClipboardCheck },
  { to: '/office/billing', labelKey: 'billing', icon: IconReceipt, minimumRole: billingPolicy.read },
];

const settingsItem: NavItem = { to: '/office/settings', labelKey: 'settings', icon: IconSettings };

function isActive(pathname: string, to: OfficePath): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  return to === '/office' ? path === '/office' : path === to || path.startsWith(`${to}/`);
}

interface ItemProps {
  item: NavItem;
  pathname: string;
  onNavigate: () => void;
  /** A red count beside the label, e.g. requests nobody has opened yet or supply orders waiting for approval. */
  count?: number;
}

function Item({ item, pathname, onNavigate, count = 0 }: ItemProps) {
  const { t } = useTranslation('app');
  const Icon = item.icon;
  const active = isActive(pathname, item.to);
  return (
    <NavLinkLink
      to={item.to}
      label={t(`nav.${item.labelKey}`)}
      leftSection={<Icon size={20} stroke={1.7} aria-hidden />}
      rightSection={
        count > 0 ? (
          <Badge color="red" size="sm" variant="filled" circle={count < 10} title={t('nav.newCount', { count })}>
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
  const badges = useNavBadgeCounts();
  const { t } = useTranslation('app');
  const { me } = officeRoute.useRouteContext();
  const chatUnread = useOfficeChatUnread(mayUseChat(me.user)).data?.total ?? 0;
  const counts: Partial<Record<OfficePath, number>> = { '/office/requests': badges.requests, '/office/supplies': badges.supplies, '/office/chat': chatUnread };
  const countFor = (to: OfficePath) => counts[to] ?? 0;
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <nav aria-label={t('nav.main')}>
          <Stack gap={2}>
            {mainItems.filter((item) => !item.minimumRole || hasRoleAtLeast(me.user.role, item.minimumRole)).map((item) => (
              <Item
                key={item.to}
                item={item}
                pathname={pathname}
                onNavigate={onNavigate}
                count={countFor(item.to)}
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
