import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { LocationList } from '../../../features/locations/components/location-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';

const locationsRoute = getRouteApi('/office/locations');

export function LocationsPage() {
  const { t } = useTranslation('locations');
  usePageTitle(t('page.title'));
  const search = locationsRoute.useSearch();
  const navigate = locationsRoute.useNavigate();

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <LocationList
        search={{ q: search.q, page: pageOrFirst(search.page) }}
        onSearchChange={(next) =>
          void navigate({
            search: { q: next.q, page: pageForUrl(next.page) },
            // Typing refines one search; only page and filter changes deserve their own history entry.
            replace: next.q !== search.q,
          })
        }
      />
    </>
  );
}
