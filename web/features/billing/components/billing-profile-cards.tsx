import { Alert, Button, Card, Group, NumberInput, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTipSchema, type DefaultTipState } from '../../../../shared/features/billing/cards.contract.ts';
import { currencyDigits, fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatDate } from '../../../lib/format.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useAutopay, useDefaultTip, useSetAutopay, useSetDefaultTip } from '../api/cards.ts';

type Place = { slug: string; locationId: string; readOnly: boolean };

function TipForm({ slug, locationId, readOnly, state }: Place & { state: DefaultTipState }) {
  const { t } = useTranslation('portalPayments');
  const mutation = useSetDefaultTip(slug, locationId);
  const [amount, setAmount] = useState<number | string>(fromMinorUnits(state.amount, state.currency));
  const { errors, formProps } = useFormSubmit({
    schema: defaultTipSchema,
    mutation,
    read: () => ({ amount: toMinorUnits(Number(amount || 0), state.currency) }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: () => { notifySaved(t('tip.saved')); } }); },
  });
  return (
    <form {...formProps}>
      <Stack gap="sm">
        <FormErrorAlert error={mutation.error} />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NumberInput
            name="amount"
            label={t('tip.amount', { currency: state.currency })}
            min={0}
            decimalScale={currencyDigits(state.currency)}
            fixedDecimalScale
            value={amount}
            error={errors.amount}
            disabled={readOnly}
            onChange={setAmount}
            w={{ base: '100%', xs: 200 }}
          />
          <Button type="submit" loading={mutation.isPending} disabled={readOnly}>
            {t('tip.save')}
          </Button>
        </Group>
        {state.amount === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tip.none')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}

/** The tip added to each new invoice; says it applies to new invoices only. */
export function DefaultTipCard({ slug, locationId, readOnly, title }: Place & { title?: string }) {
  const { t } = useTranslation('portalPayments');
  const query = useDefaultTip(slug, locationId);
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {title ?? t('tip.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('tip.description')}
      </Text>
      {query.isPending ? <Skeleton height={60} /> : query.isError ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('tip.loadFailed')} /> : <TipForm key={query.data.amount} slug={slug} locationId={locationId} readOnly={readOnly} state={query.data} />}
    </Card>
  );
}

/** Autopay on or off; turning it on needs a card on file, turning it off asks first. */
export function AutopayCard({ slug, locationId, readOnly, companyName, title }: Place & { companyName: string; title?: string }) {
  const { t } = useTranslation('portalPayments');
  const query = useAutopay(slug, locationId);
  const mutation = useSetAutopay(slug, locationId);
  const [confirming, setConfirming] = useState(false);
  const state = query.data;
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {title ?? t('autopay.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('autopay.description', { company: companyName })}
      </Text>
      {query.isPending ? (
        <Skeleton height={60} />
      ) : query.isError || !state ? (
        <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('autopay.loadFailed')} />
      ) : (
        <Stack gap="sm">
          {confirming ? null : <FormErrorAlert error={mutation.error} keepsInput={false} />}
          {state.enrolled ? (
            <>
              <Text fw={500}>{t('autopay.enrolled', { date: formatDate(state.since!) })}</Text>
              <Text size="sm" c="dimmed">
                {t('autopay.visits', { count: state.scheduledVisits })}
              </Text>
            </>
          ) : (
            <Text>{t('autopay.notEnrolled')}</Text>
          )}
          {!state.enrolled && !state.hasCard ? (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} />}>
              {t('autopay.needsCard')}{' '}
              <AnchorLink to="/portal/$slug/billing/cards" params={{ slug }} c="inherit" td="underline" fw={500}>
                {t('autopay.manageCards')}
              </AnchorLink>
            </Alert>
          ) : null}
          {readOnly ? null : (
            <Group>
              {state.enrolled ? (
                <Button variant="default" onClick={() => { setConfirming(true); }}>
                  {t('autopay.leave')}
                </Button>
              ) : (
                <Button disabled={!state.hasCard} loading={mutation.isPending} onClick={() => { mutation.mutate({ enrolled: true }, { onSuccess: () => { notifySaved(t('autopay.enrolledNow')); } }); }}>
                  {t('autopay.enrol')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      )}
      <ConfirmModal
        opened={confirming}
        onClose={() => {
          setConfirming(false);
          mutation.reset();
        }}
        title={t('autopay.leaveTitle')}
        confirmLabel={t('autopay.leave')}
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={() => {
          mutation.mutate({ enrolled: false }, {
            onSuccess: () => {
              setConfirming(false);
              notifySaved(t('autopay.leftNow'));
            },
          });
        }}
      >
        {t('autopay.leaveText')}
      </ConfirmModal>
    </Card>
  );
}
