import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../lib/api-client.ts';
import { LoadErrorAlert } from './load-error-alert.tsx';
import { NotFoundView } from './not-found-view.tsx';
import { PageLoader } from './page-loader.tsx';

interface DetailQueryStateProps<T> {
  query: UseQueryResult<T>;
  /** E.g. "Customer": used in "Customer not found". */
  thing: string;
  children: (data: T) => ReactNode;
}

/** A detail page's loading, not-found and failed states, and the page itself once its record is here. */
export function DetailQueryState<T>({ query, thing, children }: DetailQueryStateProps<T>) {
  if (query.data !== undefined) return children(query.data);
  if (isApiError(query.error, 404)) {
    return <NotFoundView title={`${thing} not found`} message="It may have been removed, or the link is incomplete." />;
  }
  if (query.isError) {
    return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={`This ${thing.toLowerCase()} could not be loaded`} />;
  }
  return <PageLoader />;
}
