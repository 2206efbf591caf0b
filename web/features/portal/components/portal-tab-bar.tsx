import { IconCalendarEvent, IconFileInvoice, IconHome2, type Icon } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { PortalLocation, PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { enabledFeaturePages, type PortalPage } from './portal-features.ts';
import classes from './portal-tab-bar.module.css';

/** Each feature page's short name under its tab. */
const tabLabels = {
  '/portal/$slug/requests': 'tabs.requests',
  '/portal/$slug/supplies': 'tabs.supplies',
  '/portal/$slug/feedback': 'tabs.feedback',
  '/portal/$slug/quality-checks': 'tabs.qualityChecks',
  '/portal/$slug/what-we-clean': 'whatWeClean:tab',
} as const satisfies Record<PortalPage, string>;

function Tab({ slug, to, icon: TabIcon, label }: { slug: string; to: '/portal/$slug' | '/portal/$slug/services' | '/portal/$slug/billing' | PortalPage; icon: Icon; label: string }) {
  // Home is current on the home page alone; a feature's tab also on its inner pages (one request, a new one).
  return (
    <li className={classes.item}>
      <Link to={to} params={{ slug }} activeOptions={{ exact: to === '/portal/$slug', includeSearch: false }} className={classes.tab}>
        <TabIcon size={22} aria-hidden />
        <span className={classes.label}>{label}</span>
      </Link>
    </li>
  );
}

/**
 * On phones, the portal's pages sit under the thumb: home, the location's services (every location has
 * visits), and each page the location's switched-on features lead to, the same set the home page's tiles
 * link to; and Billing for a billing contact of the location's customer. Without a location there is
 * nowhere to go, and no bar. The spacer keeps the end of the page clear of the bar.
 */
export function PortalTabBar({ slug, location, customers }: { slug: string; location: PortalLocation | null; customers: PortalMe['customers'] }) {
  const { t } = useTranslation(['portal', 'portalVisits', 'whatWeClean', 'portalBilling']);
  if (!location) return null;
  const pages = enabledFeaturePages(location);
  const billing = customers.some((customer) => customer.id === location.customerId && customer.isBillingContact);
  return (
    <>
      <div className={classes.spacer} aria-hidden />
      <nav aria-label={t('tabs.label')} className={classes.bar}>
        <ul className={classes.list}>
          <Tab slug={slug} to="/portal/$slug" icon={IconHome2} label={t('tabs.home')} />
          <Tab slug={slug} to="/portal/$slug/services" icon={IconCalendarEvent} label={t('portalVisits:tab')} />
          {pages.map(({ page, icon }) => (
            <Tab key={page} slug={slug} to={page} icon={icon} label={t(tabLabels[page])} />
          ))}
          {billing ? <Tab slug={slug} to="/portal/$slug/billing" icon={IconFileInvoice} label={t('portalBilling:tab')} /> : null}
        </ul>
      </nav>
    </>
  );
}
