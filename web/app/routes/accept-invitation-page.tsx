import { Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { homePathForRole } from '../../../shared/roles.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { useAcceptStaffInvitation } from '../../features/auth/api/accept-staff-invitation.ts';
import { AcceptInvitationForm } from '../../features/auth/components/accept-invitation-form.tsx';
import { MissingTokenAlert } from '../../features/auth/components/missing-token-alert.tsx';
import { isApiError } from '../../lib/api-client.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AuthLayout } from '../layouts/auth-layout.tsx';

const acceptRoute = getRouteApi('/accept-invitation');

/** Where an invited staff member chooses their first password, from the emailed link. */
export function AcceptInvitationPage() {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('invitation.staffTitle'));
  const { token } = acceptRoute.useSearch();
  const navigate = useNavigate();
  const mutation = useAcceptStaffInvitation({ onSuccess: (me) => void navigate({ href: homePathForRole(me.user.role) }) });
  const signInLink = (
    <AnchorLink to="/login" size="sm">
      {t('common:actions.goToSignIn')}
    </AnchorLink>
  );
  // An expired or used link cannot be retried: a new invitation comes from the office.
  const tokenRejected = isApiError(mutation.error) && mutation.error.code === 'token_invalid';

  return (
    <AuthLayout title={t('invitation.staffTitle')} subtitle={t('invitation.staffSubtitle')}>
      {token ? (
        <Stack gap="md">
          {/* A used or expired link cannot succeed: the form goes, so nobody types passwords in vain. */}
          {tokenRejected ? <FormErrorAlert error={mutation.error} /> : <AcceptInvitationForm token={token} mutation={mutation} />}
          {tokenRejected ? signInLink : null}
        </Stack>
      ) : (
        <MissingTokenAlert requestLink={signInLink} />
      )}
    </AuthLayout>
  );
}
