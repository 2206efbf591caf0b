import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { usePortalSettings } from '../../../features/portal-settings/api/get-portal-settings.ts';
import { PortalSettingsForm } from '../../../features/portal-settings/components/portal-settings-form.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { portalSettingsPolicy } from '../../../../shared/features/portal-settings/portal-settings.policy.ts';

const officeRoute = getRouteApi('/office');

function OwnersOnly() {
  return (
    <Paper withBorder radius="lg">
      <EmptyState
        icon={<IconLock size={28} />}
        title="Your role does not allow this"
        description="Only owners and admins can change how the customer portal looks and works. Ask one of them if something needs changing."
      />
    </Paper>
  );
}

export function PortalSettingsPage() {
  usePageTitle('Portal settings');
  const { me } = officeRoute.useRouteContext();
  const canEdit = hasRoleAtLeast(me.user.role, portalSettingsPolicy.manage);
  const query = usePortalSettings();

  if (isApiError(query.error, 403)) return <OwnersOnly />;
  if (query.isError && !query.data) {
    return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title="The portal settings could not be loaded" />;
  }
  if (!query.data) return <PageLoader />;
  return <PortalSettingsForm settings={query.data} canEdit={canEdit} />;
}
