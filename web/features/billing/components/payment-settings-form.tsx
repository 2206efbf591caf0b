import { Badge, Button, Card, CopyButton, Group, PasswordInput, Radio, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  paymentGateways,
  paymentSettingsSchema,
  stripeKeyFields,
  type PaymentGatewayChoice,
  type PaymentSettings,
  type PaymentSettingsInput,
  type StripeKeyField,
} from '../../../../shared/features/billing/payment-settings.contract.ts';
import { errorKey } from '../../../../shared/i18n/messages.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { checkedField, textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdatePaymentSettings } from '../api/update-payment-settings.ts';

function readSettings(data: FormData): unknown {
  return {
    gateway: textField(data, 'gateway'),
    stripePublishableKey: textField(data, 'stripePublishableKey'),
    stripeSecretKey: textField(data, 'stripeSecretKey'),
    stripeWebhookSecret: textField(data, 'stripeWebhookSecret'),
    autopayChargeOnSend: checkedField(data, 'autopayChargeOnSend'),
  };
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      ) : null}
      {children}
    </Card>
  );
}

/** Whether a write-only key is stored: the key itself never comes back. */
function KeyState({ set }: { set: boolean }) {
  const { t } = useTranslation('paymentSettings');
  return (
    <Badge variant="light" color={set ? 'teal' : 'gray'} size="sm" style={{ textTransform: 'none' }}>
      {set ? t('stripe.saved') : t('stripe.notSet')}
    </Badge>
  );
}

function KeyField({ name, secret, set, error }: { name: StripeKeyField; secret: boolean; set: boolean; error: string | undefined }) {
  const { t } = useTranslation('paymentSettings');
  const words = { stripePublishableKey: 'publishableKey', stripeSecretKey: 'secretKey', stripeWebhookSecret: 'webhookSecret' } as const;
  const label = (
    <Group gap="xs" component="span" wrap="wrap">
      <span>{t(`stripe.${words[name]}`)}</span>
      <KeyState set={set} />
    </Group>
  );
  const common = {
    name,
    label,
    description: t(`stripe.${words[name]}Hint`),
    placeholder: set ? t('stripe.keepPlaceholder') : undefined,
    error,
    autoComplete: 'off',
    spellCheck: false,
    defaultValue: '',
    styles: { input: { fontFamily: 'var(--mantine-font-family-monospace)' } },
  };
  return secret ? <PasswordInput {...common} visibilityToggleButtonProps={{ 'aria-label': t('stripe.showKey') }} /> : <TextInput {...common} />;
}

function WebhookAddress({ url }: { url: string }) {
  const { t } = useTranslation('paymentSettings');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('webhook.address')}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Text ff="monospace" size="sm" style={{ overflowWrap: 'anywhere' }}>
          {url}
        </Text>
        <CopyButton value={url}>
          {({ copied, copy }) => (
            <Button variant="light" size="compact-sm" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
              {copied ? t('webhook.copied') : t('webhook.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}

/**
 * Settings → Payments: the card processor, the company's Stripe keys (written, never shown again),
 * the webhook address to give Stripe, and whether sending an autopay invoice charges it. Switching
 * the processor asks first: cards saved with one cannot be charged by the other.
 */
export function PaymentSettingsForm({ settings, canEdit }: { settings: PaymentSettings; canEdit: boolean }) {
  const { t } = useTranslation('paymentSettings');
  const [gateway, setGateway] = useState<PaymentGatewayChoice>(settings.gateway);
  const [pending, setPending] = useState<PaymentSettingsInput | null>(null);
  // Typed keys are cleared after a save: a new `key` gives the form fresh, empty inputs.
  const [generation, setGeneration] = useState(0);
  const mutation = useUpdatePaymentSettings();
  const save = (values: PaymentSettingsInput) => {
    mutation.mutate(values, {
      onSuccess: () => {
        setPending(null);
        setGeneration((n) => n + 1);
        notifySaved(t('saved'));
      },
      onError: () => { setPending(null); },
    });
  };
  // The server's rule, checked before asking to switch: Stripe needs each key, typed now or saved before.
  const schema = useMemo(
    () =>
      paymentSettingsSchema.superRefine((values, issues) => {
        if (values.gateway !== 'stripe') return;
        for (const field of stripeKeyFields) {
          if (!values[field] && !settings[`${field}Set`]) issues.addIssue({ code: 'custom', path: [field], message: errorKey('validation.required') });
        }
      }),
    [settings],
  );
  const { errors, formProps } = useFormSubmit({
    schema,
    mutation,
    read: readSettings,
    onValid: (values) => {
      if (values.gateway !== settings.gateway) setPending(values);
      else save(values);
    },
  });

  return (
    <>
      <form {...formProps} key={generation}>
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
          <Stack gap="lg" maw={860}>
            <FormErrorAlert error={mutation.error} />
            <Section title={t('gateway.title')} description={t('gateway.description')}>
              <Radio.Group name="gateway" label={t('gateway.label')} value={gateway} onChange={(value) => { setGateway(value as PaymentGatewayChoice); }} error={errors.gateway}>
                <Stack gap="sm" mt="xs">
                  {paymentGateways.map((choice) => (
                    <Radio key={choice} value={choice} label={t(`gateway.${choice}`)} description={t(`gateway.${choice}Hint`)} />
                  ))}
                </Stack>
              </Radio.Group>
            </Section>

            {gateway === 'stripe' ? (
              <>
                <Section title={t('stripe.title')} description={t('stripe.description')}>
                  <Stack gap="md">
                    <KeyField name="stripePublishableKey" secret={false} set={settings.stripePublishableKeySet} error={errors.stripePublishableKey} />
                    <KeyField name="stripeSecretKey" secret set={settings.stripeSecretKeySet} error={errors.stripeSecretKey} />
                    <KeyField name="stripeWebhookSecret" secret set={settings.stripeWebhookSecretSet} error={errors.stripeWebhookSecret} />
                  </Stack>
                </Section>
                <Section title={t('webhook.title')} description={t('webhook.description')}>
                  <WebhookAddress url={settings.webhookUrl} />
                </Section>
              </>
            ) : null}

            <Section title={t('autopay.title')}>
              <Switch name="autopayChargeOnSend" label={t('autopay.chargeOnSend')} description={t('autopay.chargeOnSendHint')} defaultChecked={settings.autopayChargeOnSend} />
            </Section>

            {canEdit ? (
              <Group>
                <Button type="submit" loading={mutation.isPending && pending === null}>
                  {t('save')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </fieldset>
      </form>
      <ConfirmModal
        opened={pending !== null}
        onClose={() => { setPending(null); }}
        title={t('switchConfirm.title')}
        confirmLabel={t('switchConfirm.confirm')}
        onConfirm={() => { if (pending) save(pending); }}
        loading={mutation.isPending}
      >
        {pending?.gateway === 'stripe' ? t('switchConfirm.toStripe') : t('switchConfirm.toTest')}
      </ConfirmModal>
    </>
  );
}
