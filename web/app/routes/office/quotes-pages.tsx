import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { billingPolicy } from '../../../../shared/features/billing/billing.policy.ts';
import type { QuoteInput, QuoteStatus } from '../../../../shared/features/billing/quotes.contract.ts';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { NotFoundView } from '../../../components/not-found-view.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AnchorLink, ButtonLink } from '../../../components/router-links.tsx';
import { useCreateQuote, useQuote, useUpdateQuote } from '../../../features/billing/api/quotes.ts';
import { QuoteDetail } from '../../../features/billing/components/quote-detail.tsx';
import { QuoteForm, type QuotePlace } from '../../../features/billing/components/quote-form.tsx';
import { QuotesList } from '../../../features/billing/components/quotes-list.tsx';
import { CustomerSelect } from '../../../features/customers/components/customer-select.tsx';
import { LocationSelect } from '../../../features/locations/components/location-select.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');
const listRoute = getRouteApi('/office/billing/quotes');
const detailRoute = getRouteApi('/office/billing/quotes/$quoteId');
const editRoute = getRouteApi('/office/billing/quotes/$quoteId/edit');

/** Today on the company's clock, as a validity date compares. */
function companyToday(zone: string): string {
  return dateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export function QuotesPage() {
  const { t } = useTranslation('quotes');
  const { me } = officeRoute.useRouteContext();
  const search = listRoute.useSearch();
  const navigate = useNavigate();
  usePageTitle(t('title'));
  const change = (next: { status?: QuoteStatus | undefined; customerId?: string | undefined; page?: number | undefined }) =>
    void navigate({ to: '/office/billing/quotes', search: { ...search, ...next } });
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={hasRoleAtLeast(me.user.role, billingPolicy.manage) ? <ButtonLink to="/office/billing/quotes/new">{t('newQuote')}</ButtonLink> : null}
      />
      <QuotesList
        status={search.status}
        customerId={search.customerId}
        page={search.page ?? 1}
        onChange={change}
        customerFilter={<CustomerSelect value={search.customerId} onChange={(customerId) => { change({ customerId, page: undefined }); }} w={{ base: '100%', xs: 280 }} />}
      />
    </Stack>
  );
}

function renderPlace(place: QuotePlace, onChange: (place: QuotePlace) => void, errors: Record<string, string>, customerFixed: boolean) {
  return (
    <Stack gap="md">
      {customerFixed ? null : (
        <div>
          <CustomerSelect value={place.customerId} onChange={(customerId) => { onChange({ customerId, locationId: undefined }); }} w="100%" />
          {errors.customerId ? <FieldError text={errors.customerId} /> : null}
        </div>
      )}
      {place.customerId ? (
        <div>
          <LocationSelect value={place.locationId} customerId={place.customerId} onChange={(locationId) => { onChange({ ...place, locationId }); }} w="100%" />
          {errors.locationId ? <FieldError text={errors.locationId} /> : null}
        </div>
      ) : null}
    </Stack>
  );
}

function FieldError({ text }: { text: string }) {
  return (
    <div role="alert" style={{ color: 'var(--mantine-color-error)', fontSize: 'var(--mantine-font-size-xs)', marginTop: 4 }}>
      {text}
    </div>
  );
}

export function NewQuotePage() {
  const { t } = useTranslation('quotes');
  const { me } = officeRoute.useRouteContext();
  const navigate = useNavigate();
  const create = useCreateQuote();
  usePageTitle(t('newTitle'));
  return (
    <Stack gap="lg">
      <PageHeader title={t('newTitle')} />
      <QuoteForm
        currency={me.company.currency}
        today={companyToday(me.company.timeZone)}
        renderPlace={(place, onChange, errors) => renderPlace(place, onChange, errors, false)}
        onSubmit={(input: QuoteInput) => { create.mutate(input, { onSuccess: (quote) => void navigate({ to: '/office/billing/quotes/$quoteId', params: { quoteId: quote.id } }) }); }}
        onCancel={() => void navigate({ to: '/office/billing/quotes' })}
        saving={create.isPending}
        error={create.error}
      />
    </Stack>
  );
}

export function EditQuotePage() {
  const { t } = useTranslation('quotes');
  const { me } = officeRoute.useRouteContext();
  const { quoteId } = editRoute.useParams();
  const navigate = useNavigate();
  const query = useQuote(quoteId);
  const update = useUpdateQuote(quoteId);
  usePageTitle(t('editTitle'));
  const back = () => void navigate({ to: '/office/billing/quotes/$quoteId', params: { quoteId } });
  return (
    <Stack gap="lg">
      <PageHeader title={t('editTitle')} />
      <QuoteState query={query}>
        {(quote) => (
          <QuoteForm
            quote={quote}
            currency={quote.currency}
            today={companyToday(me.company.timeZone)}
            renderPlace={(place, onChange, errors) => renderPlace(place, onChange, errors, true)}
            onSubmit={({ customerId: _customer, ...input }) => { update.mutate(input, { onSuccess: back }); }}
            onCancel={back}
            saving={update.isPending}
            error={update.error}
          />
        )}
      </QuoteState>
    </Stack>
  );
}

export function QuoteDetailPage() {
  const { t } = useTranslation('quotes');
  const { me } = officeRoute.useRouteContext();
  const { quoteId } = detailRoute.useParams();
  const navigate = useNavigate();
  const query = useQuote(quoteId);
  usePageTitle(query.data ? `${query.data.number ?? t('draftNumber')} ${query.data.title}` : t('title'));
  return (
    <Stack gap="lg">
      <AnchorLink to="/office/billing/quotes" size="sm">
        {t('detail.back')}
      </AnchorLink>
      <QuoteState query={query}>
        {(quote) => (
          <>
            <PageHeader title={quote.title} />
            <QuoteDetail
              quote={quote}
              canManage={hasRoleAtLeast(me.user.role, billingPolicy.manage)}
              onEdit={() => void navigate({ to: '/office/billing/quotes/$quoteId/edit', params: { quoteId } })}
              onDeleted={() => void navigate({ to: '/office/billing/quotes' })}
              serviceLink={
                <AnchorLink to="/office/customers/$customerId" params={{ customerId: quote.customerId }} search={{ tab: 'services' }} size="sm">
                  {t('schedule.openService')}
                </AnchorLink>
              }
            />
          </>
        )}
      </QuoteState>
    </Stack>
  );
}

function QuoteState<T>({ query, children }: { query: ReturnType<typeof useQuote> & { data?: T }; children: (quote: NonNullable<ReturnType<typeof useQuote>['data']>) => React.ReactNode }) {
  const { t } = useTranslation('quotes');
  if (query.data) return children(query.data);
  if (isApiError(query.error, 404)) return <NotFoundView title={t('detail.notFound')} message={t('detail.notFoundMessage')} />;
  if (query.isError) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('detail.loadFailed')} />;
  return <PageLoader />;
}
