import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalAcceptInvitation } from '../../../features/auth/api/portal-accept-invitation.ts';
import { AcceptInvitationForm } from '../../../features/auth/components/accept-invitation-form.tsx';
import { MissingTokenAlert } from '../../../features/auth/components/missing-token-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { AuthLayout } from '../../layouts/auth-layout.tsx';
import { PortalBrand } from '../../layouts/portal-brand.tsx';

const portalRoute = getRouteApi('/portal/$slug');
const acceptRoute = getRouteApi('/portal/$slug/accept-invitation');

export function PortalAcceptInvitationPage() {
  const { portal } = portalRoute.useRouteContext();
  const { slug } = portalRoute.useParams();
  const { token } = acceptRoute.useSearch();
  const navigate = useNavigate();
  const { displayName } = portal.company;
  const { t } = useTranslation('auth');
  usePageTitle(t('invitation.portalPageTitle'), displayName);
  const mutation = usePortalAcceptInvitation({
    slug,
    onSuccess: () => void navigate({ to: '/portal/$slug', params: { slug } }),
  });
  const forgotPassword = (
    <AnchorLink to="/portal/$slug/forgot-password" params={{ slug }} size="sm">
      {t('signIn.forgotPassword')}
    </AnchorLink>
  );
  // An expired or used link cannot be retried; a new password by email is the way in.
  const tokenRejected = isApiError(mutation.error) && mutation.error.code === 'token_invalid';

  return (
    <AuthLayout
      brand={<PortalBrand portal={portal} />}
      title={t('invitation.portalTitle', { company: displayName })}
      subtitle={t('invitation.portalSubtitle')}
    >
      {token ? (
        <Stack gap="md">
          {/* A used or expired link cannot succeed: the form goes, so nobody types passwords in vain. */}
          {tokenRejected ? <FormErrorAlert error={mutation.error} /> : <AcceptInvitationForm token={token} mutation={mutation} />}
          {tokenRejected ? forgotPassword : null}
        </Stack>
      ) : (
        <MissingTokenAlert requestLink={forgotPassword} />
      )}
    </AuthLayout>
  );
}
