import { Group } from '@mantine/core';
import { IconBuilding, IconMail, IconTag, IconTools, IconUsers, IconWorldWww } from '@tabler/icons-react';
import { Outlet, getRouteApi, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../shared/roles.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { outboxPolicy } from '../../../shared/features/outbox/outbox.policy.ts';
import { portalSettingsPolicy } from '../../../shared/features/portal-settings/portal-settings.policy.ts';
import { servicesPolicy } from '../../../shared/features/services/services.policy.ts';
import { staffPolicy } from '../../../shared/features/staff/staff.policy.ts';

const officeRoute = getRouteApi('/office');

const sections = [
  { to: '/office/settings', labelKey: 'company', icon: IconBuilding, minimumRole: 'supervisor' },
  { to: '/office/settings/portal', labelKey: 'portal', icon: IconWorldWww, minimumRole: portalSettingsPolicy.manage },
  { to: '/office/settings/services', labelKey: 'services', icon: IconTools, minimumRole: servicesPolicy.read },
  { to: '/office/settings/ticket-categories', labelKey: 'ticketCategories', icon: IconTag, minimumRole: servicesPolicy.read },
  { to: '/office/settings/staff', labelKey: 'staff', icon: IconUsers, minimumRole: staffPolicy.read },
  { to: '/office/settings/outbox', labelKey: 'outbox', icon: IconMail, minimumRole: outboxPolicy.read },
] as const;

export function SettingsLayout() {
  const { t } = useTranslation('app');
  const { me } = officeRoute.useRouteContext();
  const pathname = useLocation({ select: (location) => location.pathname.replace(/\/+$/, '') });

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {/* Wrapped, not scrolled sideways: on a phone every section, the current one included, stays in view. */}
      <Group component="nav" aria-label={t('settings.sections')} gap={4} mb="lg">
        {sections.filter((section) => hasRoleAtLeast(me.user.role, section.minimumRole)).map(({ to, labelKey, icon: Icon }) => {
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
              style={{ flexShrink: 0 }}
              activeOptions={{ exact: true, includeSearch: false }}
            >
              {t(`settings.${labelKey}`)}
            </ButtonLink>
          );
        })}
      </Group>
      <Outlet />
    </>
  );
}
