import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconEye } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalMe } from '../../../features/auth/api/get-portal-me.ts';
import { usePortalChangePassword } from '../../../features/auth/api/portal-change-password.ts';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form.tsx';
import { LanguageForm } from '../../../features/auth/components/language-form.tsx';
import { PortalAccountForm } from '../../../features/auth/components/portal-account-form.tsx';
import { PortalEmailForm } from '../../../features/auth/components/portal-email-form.tsx';
import { PortalCalendarPanel } from '../../../features/visits/components/portal-calendar-panel.tsx';
import { PortalRemindersCard } from '../../../features/reminders/components/portal-reminders-card.tsx';
import { PortalCustomFieldsCard } from '../../../features/custom-fields/components/portal-custom-fields-card.tsx';
import { AutopayCard, DefaultTipCard } from '../../../features/billing/components/billing-profile-cards.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const signedInRoute = getRouteApi('/portal/$slug/signed-in');

function Section({ title, readOnly, children }: { title: string; readOnly: boolean; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb="md">
        {title}
      </Title>
      {/* A disabled fieldset turns off every input and button inside, whatever component drew them. */}
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        {children}
      </fieldset>
    </Card>
  );
}

export function PortalProfilePage() {
  const { t } = useTranslation(['profile', 'portal', 'portalVisits', 'portalPayments']);
  const context = signedInRoute.useRouteContext();
  const { slug } = signedInRoute.useParams();
  const me = usePortalMe(slug).data ?? context.me;
  usePageTitle(t('portal.title'), me.company.displayName);
  const changePassword = usePortalChangePassword(slug);
  const readOnly = me.viewAs !== null;
  // Billing is the billing contacts' alone: the default tip and autopay of each customer they pay for, reached through one of its locations.
  const billing = me.customers.flatMap((customer) => {
    const location = customer.isBillingContact ? me.locations.find((l) => l.customerId === customer.id) : undefined;
    return location ? [{ customer, locationId: location.id }] : [];
  });

  return (
    <Stack gap="lg">
      <AnchorLink to="/portal/$slug" params={{ slug }} size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('portal:back.home')}
      </AnchorLink>
      <div>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('portal.title')}
        </Title>
        <Text c="dimmed" mt={4} style={{ overflowWrap: 'anywhere' }}>
          {t('portal.signedInAs', { name: me.user.name, email: me.user.email })}
        </Text>
      </div>
      {readOnly ? (
        <Alert color="yellow" variant="light" icon={<IconEye size={20} />}>
          {t('portal.readOnly')}
        </Alert>
      ) : null}
      <Section title={t('portal.details')} readOnly={readOnly}>
        <PortalAccountForm key={me.user.id} slug={slug} me={me} />
      </Section>
      <PortalCustomFieldsCard slug={slug} companyName={me.company.displayName} />
      <Section title={t('language.title')} readOnly={readOnly}>
        <LanguageForm owner={{ area: 'portal', slug }} chosen={me.user.language} />
      </Section>
      <Section title={t('portal.email')} readOnly={readOnly}>
        <PortalEmailForm slug={slug} me={me} />
      </Section>
      <Section title={t('portalVisits:calendar.title')} readOnly={readOnly}>
        <PortalCalendarPanel slug={slug} />
      </Section>
      <Section title={t('changePassword.title')} readOnly={readOnly}>
        <ChangePasswordForm mutation={changePassword} />
      </Section>
      {me.customers.map((customer) => (
        <PortalRemindersCard key={customer.id} slug={slug} customer={customer} companyName={me.company.displayName} readOnly={readOnly} />
      ))}
      {billing.map(({ customer, locationId }) => (
        <Stack key={customer.id} gap="lg">
          <AutopayCard slug={slug} locationId={locationId} readOnly={readOnly} companyName={me.company.displayName} title={billing.length > 1 ? `${t('portalPayments:autopay.title')} · ${customer.name}` : undefined} />
          <DefaultTipCard slug={slug} locationId={locationId} readOnly={readOnly} title={billing.length > 1 ? `${t('portalPayments:tip.title')} · ${customer.name}` : undefined} />
        </Stack>
      ))}
    </Stack>
  );
}
