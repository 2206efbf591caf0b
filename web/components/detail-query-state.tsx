import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-client.ts';
import { LoadErrorAlert } from './load-error-alert.tsx';
import { NotFoundView } from './not-found-view.tsx';
import { PageLoader } from './page-loader.tsx';

/** The records a detail page can show; each has its own words in `app:detail`, as languages word them differently. */
type Thing = 'customer' | 'location' | 'request';

interface DetailQueryStateProps<T> {
  query: UseQueryResult<T>;
  /** Which record the page shows: "customer" gives "Customer not found". */
  thing: Thing;
  children: (data: T) => ReactNode;
}

/** A detail page's loading, not-found and failed states, and the page itself once its record is here. */
export function DetailQueryState<T>({ query, thing, children }: DetailQueryStateProps<T>) {
  const { t } = useTranslation('app');
  if (query.data !== undefined) return children(query.data);
  if (isApiError(query.error, 404)) {
    return <NotFoundView title={t(`detail.notFound.${thing}`)} message={t('detail.notFoundMessage')} />;
  }
  if (query.isError) {
    return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t(`detail.loadFailed.${thing}`)} />;
  }
  return <PageLoader />;
}
