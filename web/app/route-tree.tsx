import type { QueryClient } from '@tanstack/react-query';
import {
  Outlet,
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  notFound,
  redirect,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { portalSlugMaxLength, portalSlugPattern, tokenLength } from '../../shared/features/auth/portal-auth.values.ts';
import type { CustomerType } from '../../shared/features/customers/customers.contract.ts';
import { customerSorts, customerStatuses, customerTypes } from '../../shared/features/customers/customers.values.ts';
import { inboxSorts } from '../../shared/features/service-requests/service-requests.values.ts';
import type { SupplyOrderStatus } from '../../shared/features/supplies/supplies.contract.ts';
import { supplyOrderStatuses } from '../../shared/features/supplies/supplies.values.ts';
import { outboxFilters, type OutboxFilter } from '../../shared/features/outbox/outbox.values.ts';
import type { CustomerSort, CustomerStatus } from '../features/customers/api/get-customers.ts';
import { inboxStatuses, type InboxSort, type InboxStatus } from '../features/service-requests/api/get-inbox.ts';
import { hasRoleAtLeast, homePathForRole } from '../../shared/roles.ts';
import { NotFoundView } from '../components/not-found-view.tsx';
import { i18n, i18nReady } from '../lib/i18n.ts';
import { getPortalInfoOrNull, portalMe, prefetchPortalMe, requirePortalMe, requireStaffMe, setupNeeded, staffMe } from './route-guards.ts';
import { customerTabs, locationTabs, suppliesTabs, type CustomerTab, type LocationTab, type SuppliesTab } from './detail-tabs.ts';
import { optionalDate, scheduleViews, type ScheduleView } from './schedule-views.ts';
import type { InvoiceView } from '../../shared/features/billing/invoices.contract.ts';
import { invoiceViews, quoteStatuses, type QuoteStatus } from '../../shared/features/billing/billing.values.ts';
import { oneOf, optionalPage, optionalPositiveInt, optionalText, safeRedirect } from './search-params.ts';
import { PortalError } from './layouts/portal-offline.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    if (await setupNeeded(context.queryClient)) throw redirect({ to: '/setup' });
    const me = await staffMe(context.queryClient);
    throw redirect({ href: me ? homePathForRole(me.user.role) : '/login' });
  },
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'setup',
  beforeLoad: async ({ context }) => {
    if (!(await setupNeeded(context.queryClient))) throw redirect({ to: '/' });
  },
  component: lazyRouteComponent(() => import('./routes/setup-page.tsx'), 'SetupPage'),
});

const redirectSearch = (search: Record<string, unknown>): { redirect?: string } => ({
  redirect: safeRedirect(search.redirect),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: redirectSearch,
  beforeLoad: async ({ context, search }) => {
    if (await setupNeeded(context.queryClient)) throw redirect({ to: '/setup' });
    const me = await staffMe(context.queryClient);
    if (me) throw redirect({ href: search.redirect ?? homePathForRole(me.user.role) });
  },
  component: lazyRouteComponent(() => import('./routes/login-page.tsx'), 'LoginPage'),
});

const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  component: lazyRouteComponent(() => import('./routes/forgot-password-page.tsx'), 'ForgotPasswordPage'),
});

// A token of the wrong shape (a link cut short by a mail app) counts as missing: the page then says
// the link is incomplete, instead of the server's field-validation words after a submit.
const tokenSearch = (search: Record<string, unknown>): { token?: string } => {
  const token = optionalText(search.token);
  return { token: token && token.length >= tokenLength.min && token.length <= tokenLength.max ? token : undefined };
};

const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/reset-password-page.tsx'), 'ResetPasswordPage'),
});

/** The link in a staff invitation email: the invited person chooses their first password here. */
const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'accept-invitation',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/accept-invitation-page.tsx'), 'AcceptInvitationPage'),
});

const officeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'office',
  beforeLoad: async ({ context, location }) => {
    const me = await requireStaffMe(context.queryClient, location.href);
    if (!hasRoleAtLeast(me.user.role, 'supervisor')) throw redirect({ to: '/field' });
    return { me };
  },
  component: lazyRouteComponent(() => import('./layouts/office-layout.tsx'), 'OfficeLayout'),
});

const officeDashboardRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/office/dashboard-page.tsx'), 'DashboardPage'),
});

const officeCustomersRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'customers',
  validateSearch: (
    search: Record<string, unknown>,
  ): { q?: string; type?: CustomerType; status?: CustomerStatus; sort?: CustomerSort; page?: number } => ({
    q: optionalText(search.q),
    type: oneOf(customerTypes, search.type),
    // The defaults (active, by name) stay out of the URL, so plain links stay plain.
    status: oneOf(customerStatuses, search.status) === 'archived' ? 'archived' : undefined,
    sort: oneOf(customerSorts, search.sort) === 'name' ? undefined : oneOf(customerSorts, search.sort),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/customers-page.tsx'), 'CustomersPage'),
});

const officeCustomerNewRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'customers/new',
  component: lazyRouteComponent(() => import('./routes/office/customer-form-pages.tsx'), 'NewCustomerPage'),
});

const officeCustomerRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'customers/$customerId',
  validateSearch: (search: Record<string, unknown>): { tab?: CustomerTab } => ({
    tab: oneOf(customerTabs, search.tab) === 'overview' ? undefined : oneOf(customerTabs, search.tab),
  }),
  component: lazyRouteComponent(() => import('./routes/office/customer-detail-page.tsx'), 'CustomerDetailPage'),
});

const officeCustomerEditRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'customers/$customerId/edit',
  component: lazyRouteComponent(() => import('./routes/office/customer-form-pages.tsx'), 'EditCustomerPage'),
});

const officeLocationsRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'locations',
  validateSearch: (search: Record<string, unknown>): { q?: string; page?: number } => ({
    q: optionalText(search.q),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/locations-page.tsx'), 'LocationsPage'),
});

const officeLocationRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'locations/$locationId',
  validateSearch: (search: Record<string, unknown>): { tab?: LocationTab } => ({
    tab: oneOf(locationTabs, search.tab) === 'overview' ? undefined : oneOf(locationTabs, search.tab),
  }),
  component: lazyRouteComponent(() => import('./routes/office/location-detail-page.tsx'), 'LocationDetailPage'),
});

interface ScheduleSearch {
  view?: ScheduleView;
  date?: string;
  staffId?: string;
  customerId?: string;
  locationId?: string;
  page?: number;
}

const officeScheduleRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'schedule',
  validateSearch: (search: Record<string, unknown>): ScheduleSearch => ({
    // The defaults (this week) stay out of the URL, so plain links stay plain.
    view: oneOf(scheduleViews, search.view) === 'week' ? undefined : oneOf(scheduleViews, search.view),
    date: optionalDate(search.date),
    staffId: optionalText(search.staffId),
    customerId: optionalText(search.customerId),
    locationId: optionalText(search.locationId),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/schedule-page.tsx'), 'SchedulePage'),
});


interface InboxSearch {
  status?: InboxStatus;
  locationId?: string;
  customerId?: string;
  assigneeId?: string;
  serviceId?: string;
  categoryId?: string;
  olderThanDays?: number;
  q?: string;
  sort?: InboxSort;
}

const officeRequestsRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'requests',
  validateSearch: (search: Record<string, unknown>): InboxSearch => ({
    // The defaults (unfinished, newest first) stay out of the URL, so plain links stay plain.
    status: oneOf(inboxStatuses, search.status) === 'unfinished' ? undefined : oneOf(inboxStatuses, search.status),
    locationId: optionalText(search.locationId),
    customerId: optionalText(search.customerId),
    assigneeId: optionalText(search.assigneeId),
    serviceId: optionalText(search.serviceId),
    categoryId: optionalText(search.categoryId),
    olderThanDays: optionalPositiveInt(search.olderThanDays, 3650),
    q: optionalText(search.q),
    sort: oneOf(inboxSorts, search.sort) === 'newest' ? undefined : oneOf(inboxSorts, search.sort),
  }),
  component: lazyRouteComponent(() => import('./routes/office/requests-page.tsx'), 'RequestsPage'),
});

const officeChatRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'chat',
  validateSearch: (search: Record<string, unknown>): { page?: number } => ({ page: optionalPage(search.page) }),
  component: lazyRouteComponent(() => import('./routes/office/chat-pages.tsx'), 'ChatListPage'),
});

const officeChatConversationRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'chat/$locationId',
  component: lazyRouteComponent(() => import('./routes/office/chat-pages.tsx'), 'ChatConversationPage'),
});

const officeRequestRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'requests/$requestId',
  component: lazyRouteComponent(() => import('./routes/office/request-detail-page.tsx'), 'RequestDetailPage'),
});

interface SuppliesSearch {
  tab?: SuppliesTab;
  status?: SupplyOrderStatus;
  locationId?: string;
  customerId?: string;
  page?: number;
}

const officeSuppliesRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'supplies',
  validateSearch: (search: Record<string, unknown>): SuppliesSearch => ({
    tab: oneOf(suppliesTabs, search.tab) === 'orders' ? undefined : oneOf(suppliesTabs, search.tab),
    status: oneOf(supplyOrderStatuses, search.status),
    locationId: optionalText(search.locationId),
    customerId: optionalText(search.customerId),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/supplies-page.tsx'), 'SuppliesPage'),
});

interface FeedbackSearch {
  locationId?: string;
  customerId?: string;
  maxRating?: number;
  withinDays?: number;
  page?: number;
}

const officeFeedbackRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'feedback',
  validateSearch: (search: Record<string, unknown>): FeedbackSearch => ({
    locationId: optionalText(search.locationId),
    customerId: optionalText(search.customerId),
    maxRating: optionalPositiveInt(search.maxRating, 5),
    withinDays: optionalPositiveInt(search.withinDays, 3650),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/feedback-page.tsx'), 'FeedbackPage'),
});

interface InspectionsSearch {
  locationId?: string;
  customerId?: string;
  page?: number;
}

const officeInspectionsRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'inspections',
  validateSearch: (search: Record<string, unknown>): InspectionsSearch => ({
    locationId: optionalText(search.locationId),
    customerId: optionalText(search.customerId),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/inspections-page.tsx'), 'InspectionsPage'),
});

const officeInspectRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'inspections/new',
  component: lazyRouteComponent(() => import('./routes/office/inspect-page.tsx'), 'OfficeInspectPage'),
});

const officeWaitingListRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'waiting-list',
  component: lazyRouteComponent(() => import('./routes/office/waiting-list-page.tsx'), 'WaitingListPage'),
});

const officeInvoicesToChargeRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/to-charge',
  component: lazyRouteComponent(() => import('./routes/office/invoices-to-charge-page.tsx'), 'InvoicesToChargePage'),
});

interface QuotesSearch {
  status?: QuoteStatus;
  customerId?: string;
  page?: number;
}

const officeQuotesRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/quotes',
  validateSearch: (search: Record<string, unknown>): QuotesSearch => ({
    status: oneOf(quoteStatuses, search.status),
    customerId: optionalText(search.customerId),
    page: optionalPage(search.page),
  }),
  component: lazyRouteComponent(() => import('./routes/office/quotes-pages.tsx'), 'QuotesPage'),
});

const officeQuoteNewRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/quotes/new',
  component: lazyRouteComponent(() => import('./routes/office/quotes-pages.tsx'), 'NewQuotePage'),
});

const officeQuoteRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/quotes/$quoteId',
  component: lazyRouteComponent(() => import('./routes/office/quotes-pages.tsx'), 'QuoteDetailPage'),
});

const officeQuoteEditRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/quotes/$quoteId/edit',
  component: lazyRouteComponent(() => import('./routes/office/quotes-pages.tsx'), 'EditQuotePage'),
});

const officeSettingsRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'settings',
  component: lazyRouteComponent(() => import('./layouts/settings-layout.tsx'), 'SettingsLayout'),
});

// Settings opens on the first section the person's role may use.
const officeSettingsIndexRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    // Loaded here, not with the app: the sections' icons and policies are the office's alone.
    const { settingsSectionsFor } = await import('./settings-sections.ts');
    const first = settingsSectionsFor(context.me.user.role)[0];
    throw redirect({ to: first ? first.to : '/office' });
  },
});

const officeSettingsCompanyRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'company',
  component: lazyRouteComponent(() => import('./routes/office/company-settings-page.tsx'), 'CompanySettingsPage'),
});

const officeSettingsAddonsRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'addons',
  component: lazyRouteComponent(() => import('./routes/office/addons-settings-page.tsx'), 'AddonsSettingsPage'),
});

const officeSettingsFilesRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'files',
  component: lazyRouteComponent(() => import('./routes/office/file-settings-page.tsx'), 'FileSettingsPage'),
});

const officeSettingsPortalRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'portal',
  component: lazyRouteComponent(() => import('./routes/office/portal-settings-page.tsx'), 'PortalSettingsPage'),
});

const officeSettingsStaffRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'staff',
  component: lazyRouteComponent(() => import('./routes/office/staff-page.tsx'), 'StaffPage'),
});

const officeSettingsServicesRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'services',
  component: lazyRouteComponent(() => import('./routes/office/services-page.tsx'), 'ServicesPage'),
});

const officeSettingsRequestCategoriesRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'request-categories',
  component: lazyRouteComponent(() => import('./routes/office/request-categories-page.tsx'), 'RequestCategoriesPage'),
});

const officeSettingsSchedulingRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'scheduling',
  component: lazyRouteComponent(() => import('./routes/office/scheduling-settings-page.tsx'), 'SchedulingSettingsPage'),
});

const officeSettingsUpgradesRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'upgrades',
  component: lazyRouteComponent(() => import('./routes/office/upgrades-page.tsx'), 'UpgradesPage'),
});

const officeSettingsCustomFieldsRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'custom-fields',
  component: lazyRouteComponent(() => import('./routes/office/custom-fields-settings-page.tsx'), 'CustomFieldsSettingsPage'),
});

const officeSettingsBillingRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'billing',
  component: lazyRouteComponent(() => import('./routes/office/billing-settings-page.tsx'), 'BillingSettingsPage'),
});

interface BillingSearch {
  view?: InvoiceView;
  customerId?: string;
  q?: string;
  from?: string;
  to?: string;
  minTotal?: number;
  maxTotal?: number;
}

const officeBillingRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing',
  validateSearch: (search: Record<string, unknown>): BillingSearch => ({
    view: invoiceViews.find((view) => view === search.view),
    customerId: optionalText(search.customerId),
    q: optionalText(search.q),
    from: optionalText(search.from),
    to: optionalText(search.to),
    minTotal: typeof search.minTotal === 'number' ? search.minTotal : undefined,
    maxTotal: typeof search.maxTotal === 'number' ? search.maxTotal : undefined,
  }),
  component: lazyRouteComponent(() => import('./routes/office/billing-page.tsx'), 'BillingPage'),
});

const officeInvoiceNewRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/invoices/new',
  validateSearch: (search: Record<string, unknown>): { customerId?: string } => ({ customerId: optionalText(search.customerId) }),
  component: lazyRouteComponent(() => import('./routes/office/invoice-edit-page.tsx'), 'InvoiceNewPage'),
});

const officeInvoiceRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/invoices/$invoiceId',
  component: lazyRouteComponent(() => import('./routes/office/invoice-page.tsx'), 'InvoicePage'),
});

const officeInvoiceEditRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'billing/invoices/$invoiceId/edit',
  component: lazyRouteComponent(() => import('./routes/office/invoice-edit-page.tsx'), 'InvoiceEditPage'),
});

const officeSettingsInspectionsRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'inspections',
  component: lazyRouteComponent(() => import('./routes/office/inspection-settings-page.tsx'), 'InspectionSettingsPage'),
});

const officeSettingsFieldRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'field',
  component: lazyRouteComponent(() => import('./routes/office/field-settings-page.tsx'), 'FieldSettingsPage'),
});

const officeSettingsPaymentsRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'payments',
  component: lazyRouteComponent(() => import('./routes/office/payment-settings-page.tsx'), 'PaymentSettingsPage'),
});

const officeSettingsRemindersRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'reminders',
  component: lazyRouteComponent(() => import('./routes/office/reminder-settings-page.tsx'), 'ReminderSettingsPage'),
});

const officeSettingsOutboxRoute = createRoute({
  getParentRoute: () => officeSettingsRoute,
  path: 'outbox',
  validateSearch: (search: Record<string, unknown>): { page?: number; filter?: OutboxFilter } => ({
    page: optionalPage(search.page),
    filter: oneOf(outboxFilters, search.filter),
  }),
  component: lazyRouteComponent(() => import('./routes/office/outbox-page.tsx'), 'OutboxPage'),
});

const officeProfileRoute = createRoute({
  getParentRoute: () => officeRoute,
  path: 'profile',
  component: lazyRouteComponent(() => import('./routes/office/profile-page.tsx'), 'ProfilePage'),
});

const fieldRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'field',
  beforeLoad: async ({ context, location }) => ({ me: await requireStaffMe(context.queryClient, location.href) }),
  component: lazyRouteComponent(() => import('./layouts/field-layout.tsx'), 'FieldLayout'),
});

const fieldTodayRoute = createRoute({
  getParentRoute: () => fieldRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/field/today-page.tsx'), 'TodayPage'),
});

// Supervisors and managers inspect from the field app too; the server refuses anyone below.
const fieldInspectRoute = createRoute({
  getParentRoute: () => fieldRoute,
  path: 'inspect',
  component: lazyRouteComponent(() => import('./routes/field/inspect-page.tsx'), 'FieldInspectPage'),
});

// Technicians add the photo customers see in Who's working here; they never reach the office profile.
const fieldPhotoRoute = createRoute({
  getParentRoute: () => fieldRoute,
  path: 'photo',
  component: lazyRouteComponent(() => import('./routes/field/photo-page.tsx'), 'FieldPhotoPage'),
});

const fieldVisitRoute = createRoute({
  getParentRoute: () => fieldRoute,
  path: 'visits/$visitId',
  component: lazyRouteComponent(() => import('./routes/field/visit-page.tsx'), 'VisitPage'),
});

/** Technicians may bookmark this; there is one sign-in page for all staff. */
const fieldLoginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'field/login',
  beforeLoad: () => {
    throw redirect({ to: '/login', search: { redirect: '/field' } });
  },
});

function PortalNotFound() {
  const { t } = useTranslation('portal');
  return <NotFoundView title={t('notFound.title')} message={t('notFound.message')} />;
}

const portalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'portal/$slug',
  beforeLoad: async ({ context, params }) => {
    const valid = params.slug.length <= portalSlugMaxLength && portalSlugPattern.test(params.slug);
    // Every portal page asks who is signed in: ask beside the portal's own details, not after them.
    if (valid) prefetchPortalMe(context.queryClient, params.slug);
    const portal = valid ? await getPortalInfoOrNull(context.queryClient, params.slug) : null;
    if (!portal) throw notFound();
    return { portal };
  },
  component: lazyRouteComponent(() => import('./layouts/portal-root.tsx'), 'PortalRoot'),
  // Not lazy: a file the portal never loaded online is not on the phone to load offline.
  errorComponent: PortalError,
  notFoundComponent: PortalNotFound,
});

const portalLoginRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: 'login',
  validateSearch: redirectSearch,
  beforeLoad: async ({ context, params, search }) => {
    if (!context.portal.portalEnabled) return;
    const me = await portalMe(context.queryClient, params.slug);
    if (me) throw redirect({ href: search.redirect ?? `/portal/${params.slug}` });
  },
  component: lazyRouteComponent(() => import('./routes/portal/portal-login-page.tsx'), 'PortalLoginPage'),
});

const portalForgotPasswordRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: 'forgot-password',
  component: lazyRouteComponent(() => import('./routes/portal/portal-forgot-password-page.tsx'), 'PortalForgotPasswordPage'),
});

const portalResetPasswordRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: 'reset-password',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/portal/portal-reset-password-page.tsx'), 'PortalResetPasswordPage'),
});

const portalAcceptInvitationRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: 'accept-invitation',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/portal/portal-accept-invitation-page.tsx'), 'PortalAcceptInvitationPage'),
});

const portalConfirmEmailRoute = createRoute({
  getParentRoute: () => portalRoute,
  path: 'confirm-email',
  validateSearch: tokenSearch,
  component: lazyRouteComponent(() => import('./routes/portal/portal-confirm-email-page.tsx'), 'PortalConfirmEmailPage'),
});

/**
 * The words of the portal's frame and of its home page, where customers land. Each component waits for its own
 * namespaces, so asked for as the page draws, a card's words wait for its parent's: a round trip each, eleven in
 * a row on a phone. Asked for together here, they come in one. Another page's own words still come as it draws.
 */
const portalFrameAndHomeNamespaces = ['portal', 'portalVisits', 'portalBilling', 'portalFiles', 'portalQuotes', 'whatWeClean', 'chat', 'feedback', 'serviceRequests', 'visits', 'proofOfService'] as const;

const portalSignedInRoute = createRoute({
  getParentRoute: () => portalRoute,
  id: 'signed-in',
  // "View as customer" links name the location the office was looking at.
  validateSearch: (search: Record<string, unknown>): { location?: string } => ({ location: optionalText(search.location) }),
  beforeLoad: async ({ context, params, location }) => {
    // After the first words (before them i18next has no language and loads nothing), and before the page's files.
    await i18nReady;
    void i18n.loadNamespaces(portalFrameAndHomeNamespaces);
    return { me: await requirePortalMe(context.queryClient, params.slug, location.href) };
  },
  component: lazyRouteComponent(() => import('./layouts/portal-layout.tsx'), 'PortalLayout'),
  errorComponent: PortalError,
});

const portalHomeRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/portal/portal-home-page.tsx'), 'PortalHomePage'),
});

const portalRequestsRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'requests',
  component: lazyRouteComponent(() => import('./routes/portal/portal-requests-page.tsx'), 'PortalRequestsPage'),
});

const portalNewRequestRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'requests/new',
  // A visit card's "Open a request" names the visit the request is about.
  validateSearch: (search: Record<string, unknown>): { visitId?: string } => ({ visitId: optionalText(search.visitId) }),
  component: lazyRouteComponent(() => import('./routes/portal/portal-new-request-page.tsx'), 'PortalNewRequestPage'),
});

const portalRequestRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'requests/$requestId',
  component: lazyRouteComponent(() => import('./routes/portal/portal-request-page.tsx'), 'PortalRequestPage'),
});

const portalServicesRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'services',
  component: lazyRouteComponent(() => import('./routes/portal/portal-services-page.tsx'), 'PortalServicesPage'),
});

const portalSuppliesRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'supplies',
  component: lazyRouteComponent(() => import('./routes/portal/portal-supplies-page.tsx'), 'PortalSuppliesPage'),
});

const portalWhatWeCleanRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'what-we-clean',
  component: lazyRouteComponent(() => import('./routes/portal/portal-what-we-clean-page.tsx'), 'PortalWhatWeCleanPage'),
});

const portalChatRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'chat',
  component: lazyRouteComponent(() => import('./routes/portal/portal-chat-page.tsx'), 'PortalChatPage'),
});

const portalFeedbackRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'feedback',
  component: lazyRouteComponent(() => import('./routes/portal/portal-feedback-page.tsx'), 'PortalFeedbackPage'),
});

const portalFilesRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'files',
  component: lazyRouteComponent(() => import('./routes/portal/portal-files-page.tsx'), 'PortalFilesPage'),
});

const portalQualityChecksRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'quality-checks',
  component: lazyRouteComponent(() => import('./routes/portal/portal-quality-checks-page.tsx'), 'PortalQualityChecksPage'),
});

// The quote link emailed to billing contacts, and the home page's "accept the terms" call.
const portalQuoteRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'billing/quotes/$quoteId',
  component: lazyRouteComponent(() => import('./routes/portal/portal-quote-page.tsx'), 'PortalQuotePage'),
});

const portalVisitUpgradesRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'visits/$visitId/upgrades',
  component: lazyRouteComponent(() => import('./routes/portal/portal-visit-upgrades-page.tsx'), 'PortalVisitUpgradesPage'),
});

// The rating link emailed when a visit completes: signed out, it goes through sign-in and comes back here.
const portalRateVisitRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'rate/$visitId',
  component: lazyRouteComponent(() => import('./routes/portal/portal-rate-visit-page.tsx'), 'PortalRateVisitPage'),
});

const portalProofOfServiceRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'visits/$visitId/proof-of-service',
  component: lazyRouteComponent(() => import('./routes/portal/portal-proof-of-service-page.tsx'), 'PortalProofOfServicePage'),
});

// Back from the bank's second step, the payment's id says which payment to look at again.
const portalPayRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'billing/pay',
  validateSearch: (search: Record<string, unknown>): { payment?: string } => ({ payment: optionalText(search.payment) }),
  component: lazyRouteComponent(() => import('./routes/portal/portal-pay-page.tsx'), 'PortalPayPage'),
});

const portalBillingRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'billing',
  component: lazyRouteComponent(() => import('./routes/portal/portal-billing-page.tsx'), 'PortalBillingPage'),
});

// The invoice email links here.
const portalInvoiceRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'billing/invoices/$invoiceId',
  component: lazyRouteComponent(() => import('./routes/portal/portal-invoice-page.tsx'), 'PortalInvoicePage'),
});

const portalProfileRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'profile',
  component: lazyRouteComponent(() => import('./routes/portal/portal-profile-page.tsx'), 'PortalProfilePage'),
});

// Cards on file, for a customer's billing contacts; the billing tab links here.
const portalBillingCardsRoute = createRoute({
  getParentRoute: () => portalSignedInRoute,
  path: 'billing/cards',
  component: lazyRouteComponent(() => import('./routes/portal/portal-billing-cards-page.tsx'), 'PortalBillingCardsPage'),
});

// The test gateway's second-step page, standing in for a bank's: outside the portal, as a processor's page is.
const testGatewayAuthenticateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'test-gateway/authenticate/$paymentId',
  component: lazyRouteComponent(() => import('./routes/test-gateway-authenticate-page.tsx'), 'TestGatewayAuthenticatePage'),
});

export const routeTree = rootRoute.addChildren([
  indexRoute,
  setupRoute,
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  acceptInvitationRoute,
  testGatewayAuthenticateRoute,
  officeRoute.addChildren([
    officeDashboardRoute,
    officeCustomersRoute,
    officeCustomerNewRoute,
    officeCustomerRoute,
    officeCustomerEditRoute,
    officeLocationsRoute,
    officeLocationRoute,
    officeScheduleRoute,
    officeRequestsRoute,
    officeRequestRoute,
    officeChatRoute,
    officeChatConversationRoute,
    officeSuppliesRoute,
    officeFeedbackRoute,
    officeInspectionsRoute,
    officeBillingRoute,
    officeInvoiceNewRoute,
    officeInvoiceRoute,
    officeInvoiceEditRoute,
    officeInspectRoute,
    officeWaitingListRoute,
    officeInvoicesToChargeRoute,
    officeQuotesRoute,
    officeQuoteNewRoute,
    officeQuoteRoute,
    officeQuoteEditRoute,
    officeSettingsRoute.addChildren([
      officeSettingsIndexRoute,
      officeSettingsCompanyRoute,
      officeSettingsAddonsRoute,
      officeSettingsFilesRoute,
      officeSettingsPortalRoute,
      officeSettingsSchedulingRoute,
      officeSettingsServicesRoute,
      officeSettingsRequestCategoriesRoute,
      officeSettingsStaffRoute,
      officeSettingsUpgradesRoute,
      officeSettingsCustomFieldsRoute,
      officeSettingsRemindersRoute,
      officeSettingsInspectionsRoute,
      officeSettingsBillingRoute,
      officeSettingsFieldRoute,
      officeSettingsPaymentsRoute,
      officeSettingsOutboxRoute,
    ]),
    officeProfileRoute,
  ]),
  fieldRoute.addChildren([fieldTodayRoute, fieldInspectRoute, fieldPhotoRoute, fieldVisitRoute]),
  fieldLoginRoute,
  portalRoute.addChildren([
    portalLoginRoute,
    portalForgotPasswordRoute,
    portalResetPasswordRoute,
    portalAcceptInvitationRoute,
    portalConfirmEmailRoute,
    portalSignedInRoute.addChildren([
      portalHomeRoute,
      portalRequestsRoute,
      portalNewRequestRoute,
      portalRequestRoute,
      portalServicesRoute,
      portalSuppliesRoute,
      portalFeedbackRoute,
      portalRateVisitRoute,
      portalQualityChecksRoute,
      portalFilesRoute,
      portalWhatWeCleanRoute,
      portalChatRoute,
      portalVisitUpgradesRoute,
      portalQuoteRoute,
      portalProofOfServiceRoute,
        portalBillingRoute,
        portalInvoiceRoute,
        portalPayRoute,
        portalProfileRoute,
        portalBillingCardsRoute,
    ]),
  ]),
]);
