import { Group } from '@mantine/core';
import { Outlet, getRouteApi, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { settingsSectionsFor } from '../settings-sections.ts';

const officeRoute = getRouteApi('/office');

export function SettingsLayout() {
  const { t } = useTranslation('app');
  const { me } = officeRoute.useRouteContext();
  const pathname = useLocation({ select: (location) => location.pathname.replace(/\/+$/, '') });

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {/* Wrapped, not scrolled sideways: on a phone every section, the current one included, stays in view. */}
      <Group component="nav" aria-label={t('settings.sections')} gap={4} mb="lg">
        {settingsSectionsFor(me.user.role).map(({ to, labelKey, icon: Icon }) => {
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
