import { Alert, Button, Card, Center, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconFlask, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatMoney } from '../../../lib/money.ts';
import { useAuthenticateTestPayment, useTestPayment } from '../api/cards.ts';

/**
 * The test gateway's second-step page, standing in for a bank's 3-D Secure check: approve and the
 * payment succeeds, fail and it is declined. Then back to where Porter asked to return.
 */
export function TestGatewayAuthenticateView({ paymentId }: { paymentId: string }) {
  const { t } = useTranslation('portalPayments');
  const query = useTestPayment(paymentId);
  const answer = useAuthenticateTestPayment(paymentId);
  const payment = query.data;
  return (
    <Center mih="100dvh" p="md">
      <Card withBorder shadow="sm" padding="lg" w="100%" maw={440}>
        <Stack gap="md">
          <Alert color="grape" variant="filled" icon={<IconFlask size={20} />}>
            {t('authenticate.banner')}
          </Alert>
          <Title order={1} fz="xl">
            {t('authenticate.title')}
          </Title>
          {query.isPending ? (
            <Skeleton height={80} />
          ) : query.isError || !payment ? (
            <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('authenticate.loadFailed')} />
          ) : (
            <>
              <Text>{t('authenticate.text', { amount: formatMoney(payment.amount, payment.currency), last4: payment.last4 ?? '····' })}</Text>
              {payment.status === 'requires_action' ? (
                <Stack gap="sm">
                  <Button leftSection={<IconCheck size={16} aria-hidden />} loading={answer.isPending && answer.variables} onClick={() => { answer.mutate(true); }}>
                    {t('authenticate.approve')}
                  </Button>
                  <Button variant="default" leftSection={<IconX size={16} aria-hidden />} loading={answer.isPending && answer.variables === false} onClick={() => { answer.mutate(false); }}>
                    {t('authenticate.fail')}
                  </Button>
                </Stack>
              ) : (
                <Alert color={payment.status === 'succeeded' ? 'green' : 'red'} variant="light">
                  {answer.isSuccess ? (payment.status === 'succeeded' ? t('authenticate.approved') : t('authenticate.failed')) : t('authenticate.done')}
                </Alert>
              )}
              {payment.status === 'requires_action' ? null : (
                <Button component="a" href={payment.returnUrl} variant="default">
                  {t('authenticate.back')}
                </Button>
              )}
            </>
          )}
        </Stack>
      </Card>
    </Center>
  );
}
