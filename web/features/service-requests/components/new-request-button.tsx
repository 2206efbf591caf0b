import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/router-links.tsx';
import { usePortalRequests } from '../api/get-portal-requests.ts';

/**
 * The way to ask for something, offered only where the server takes requests: at a location with requests switched on
 * (the caller's check) whose company lets customers send them (the list's `canSubmit`).
 */
export function NewRequestButton({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('portal');
  const query = usePortalRequests(slug, locationId);
  if (!query.data?.pages[0]?.canSubmit) return null;
  return (
    <ButtonLink to="/portal/$slug/requests/new" params={{ slug }} size="md" leftSection={<IconPlus size={18} aria-hidden />}>
      {t('requests.newRequest')}
    </ButtonLink>
  );
}
