import { Group } from '@mantine/core';
import { Outlet, getRouteApi, useLocation } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { ButtonLink } from '../../components/router-links.tsx';
import { settingsSectionsFor } from '../settings-sections.ts';
import classes from './settings-layout.module.css';

const officeRoute = getRouteApi('/office');

export function SettingsLayout() {
  const { t } = useTranslation('app');
  const { me } = officeRoute.useRouteContext();
  const pathname = useLocation({ select: (location) => location.pathname.replace(/\/+$/, '') });
  const nav = useRef<HTMLDivElement>(null);
  // Where the row scrolls sideways (phones), the current section is brought into view.
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, [pathname]);

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <Group ref={nav} component="nav" aria-label={t('settings.sections')} gap={4} mb="lg" className={classes.sections}>
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
