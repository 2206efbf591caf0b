import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TestGatewayAuthenticateView } from '../../features/billing/components/test-gateway-authenticate-view.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';

const route = getRouteApi('/test-gateway/authenticate/$paymentId');

export function TestGatewayAuthenticatePage() {
  const { t } = useTranslation('portalPayments');
  const { paymentId } = route.useParams();
  usePageTitle(t('authenticate.title'));
  return <TestGatewayAuthenticateView paymentId={paymentId} />;
}
