import { Badge, UnstyledButton } from '@mantine/core';
import { IconCalendarEvent, IconDots, IconFileInvoice, IconHome2, IconMessages, type Icon } from '@tabler/icons-react';
import { Link, useMatchRoute } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeferredPopup } from '../../../components/deferred-popup.ts';
import type { PortalLocation, PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { chatPage, enabledFeaturePages, type PortalPage } from './portal-features.ts';
import classes from './portal-tab-bar.module.css';

/** Each feature page's short name under its tab. */
const tabLabels = {
  '/portal/$slug/requests': 'tabs.requests',
  '/portal/$slug/supplies': 'tabs.supplies',
  '/portal/$slug/feedback': 'tabs.feedback',
  '/portal/$slug/quality-checks': 'tabs.qualityChecks',
  '/portal/$slug/what-we-clean': 'whatWeClean:tab',
  '/portal/$slug/files': 'portalFiles:title',
} as const satisfies Record<PortalPage, string>;

type TabTarget = '/portal/$slug' | '/portal/$slug/services' | '/portal/$slug/billing' | typeof chatPage | PortalPage;
/** `count`: a red number on the icon (unread chat messages). */
export type TabEntry = { to: TabTarget; icon: Icon; label: string; count?: number };

/** Six tabs still keep "Feedback" whole at 375px; past that, the last ones fold under More. */
const maxTabs = 6;

function Tab({ slug, to, icon: TabIcon, label, count = 0 }: TabEntry & { slug: string }) {
  const { t } = useTranslation('chat');
  // Home is current on the home page alone; a feature's tab also on its inner pages (one request, a new one).
  return (
    <li className={classes.item}>
      <Link to={to} params={{ slug }} activeOptions={{ exact: to === '/portal/$slug', includeSearch: false }} className={classes.tab}>
        <span className={classes.icon}>
          <TabIcon size={22} aria-hidden />
          {count > 0 ? (
            <Badge color="red" size="xs" variant="filled" circle={count < 10} className={classes.count} aria-label={t('unread', { count })}>
              {count > 99 ? '99+' : count}
            </Badge>
          ) : null}
        </span>
        <span className={classes.label}>{label}</span>
      </Link>
    </li>
  );
}

const loadMoreMenu = () => import('./more-tab-menu.tsx');

/**
 * The tabs that do not fit; the tab itself is marked while one of their pages is open. The menu's code loads when
 * the customer reaches for More, not with the page.
 */
function MoreTab({ slug, entries }: { slug: string; entries: TabEntry[] }) {
  const matchRoute = useMatchRoute();
  const [menu, trigger] = useDeferredPopup(loadMoreMenu);
  const current = entries.some((entry) => matchRoute({ to: entry.to, params: { slug }, fuzzy: true }) !== false);
  return (
    <li className={classes.item}>
      {menu ? <menu.MoreTabMenu slug={slug} entries={entries} current={current} /> : <MoreTabButton current={current} aria-haspopup="menu" aria-expanded={false} {...trigger} />}
    </li>
  );
}

/** The More tab's button, the same before and after its menu's code has loaded. */
export function MoreTabButton({ current, ...props }: { current: boolean } & ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation('portal');
  return (
    <UnstyledButton className={classes.tab} data-current={current || undefined} {...props}>
      <IconDots size={22} aria-hidden />
      <span className={classes.label}>{t('tabs.more')}</span>
    </UnstyledButton>
  );
}

/**
 * On phones, the portal's pages sit under the thumb: home, the location's services (every location has
 * visits), the location's chat with its unread count, and each page the location's switched-on features lead to, the same set the home page's tiles
 * link to; and Billing for a billing contact of the location's customer. Tabs past six fold under More.
 * Without a location there is nowhere to go, and no bar. The spacer keeps the end of the page clear of the bar.
 */
export function PortalTabBar({ slug, location, customers, chatUnread }: { slug: string; location: PortalLocation | null; customers: PortalMe['customers']; chatUnread: number }) {
  const { t } = useTranslation(['portal', 'portalVisits', 'whatWeClean', 'portalBilling', 'chat', 'portalFiles']);
  if (!location) return null;
  const pages = enabledFeaturePages(location);
  const billing = customers.some((customer) => customer.id === location.customerId && customer.isBillingContact);
  const entries: TabEntry[] = [
    { to: '/portal/$slug', icon: IconHome2, label: t('tabs.home') },
    { to: '/portal/$slug/services', icon: IconCalendarEvent, label: t('portalVisits:tab') },
    { to: chatPage, icon: IconMessages, label: t('chat:tab'), count: chatUnread },
    ...pages.map(({ page, icon }) => ({ to: page, icon, label: t(tabLabels[page]) })),
    ...(billing ? [{ to: '/portal/$slug/billing' as const, icon: IconFileInvoice, label: t('portalBilling:tab') }] : []),
  ];
  const folds = entries.length > maxTabs;
  const shown = folds ? entries.slice(0, maxTabs - 1) : entries;
  return (
    <>
      <div className={classes.spacer} aria-hidden />
      <nav aria-label={t('tabs.label')} className={classes.bar}>
        <ul className={classes.list}>
          {shown.map((entry) => (
            <Tab key={entry.to} slug={slug} {...entry} />
          ))}
          {folds ? <MoreTab slug={slug} entries={entries.slice(maxTabs - 1)} /> : null}
        </ul>
      </nav>
    </>
  );
}
