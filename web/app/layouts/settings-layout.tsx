import { Group } from '@mantine/core';
import { IconBuilding, IconMail, IconWorldWww } from '@tabler/icons-react';
import { Outlet, useLocation } from '@tanstack/react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { ButtonLink } from '../../components/router-links.tsx';

const sections = [
  { to: '/office/settings', label: 'Company', icon: IconBuilding },
  { to: '/office/settings/portal', label: 'Portal', icon: IconWorldWww },
  { to: '/office/settings/outbox', label: 'Outbox', icon: IconMail },
] as const;

export function SettingsLayout() {
  const pathname = useLocation({ select: (location) => location.pathname.replace(/\/+$/, '') });

  return (
    <>
      <PageHeader title="Settings" description="How Porter works for your company and your customers." />
      <Group
        component="nav"
        aria-label="Settings sections"
        gap={4}
        mb="lg"
        wrap="nowrap"
        preventGrowOverflow={false}
        style={{ overflowX: 'auto' }}
      >
        {sections.map(({ to, label, icon: Icon }) => {
          const active = pathname === to;
          return (
            <ButtonLink
              key={to}
              to={to}
              size="sm"
              px="sm"
              variant={active ? 'light' : 'subtle'}
              color={active ? undefined : 'dark'}
              leftSection={<Icon size={16} aria-hidden />}
              activeOptions={{ exact: true, includeSearch: false }}
            >
              {label}
            </ButtonLink>
          );
        })}
      </Group>
      <Outlet />
    </>
  );
}
