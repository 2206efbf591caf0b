import { Alert } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Where Stripe's card element goes. Stripe.js (js.stripe.com) is not loaded here yet: wiring it means
 * a set-up from POST …/billing/cards/setup, Stripe.js confirming it with the client secret and the
 * publishable key, then POST …/billing/cards { setupId }. Until then it says so.
 */
export function StripeCardForm({ companyName }: { companyName: string }) {
  const { t } = useTranslation('portalPayments');
  return (
    <Alert color="gray" variant="light" icon={<IconInfoCircle size={20} />} title={t('stripe.title')}>
      {t('stripe.text', { company: companyName })}
    </Alert>
  );
}
