import { Card, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarEvent,
  IconClipboardCheck,
  IconFileInvoice,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

function ComingSoon({ icon: Icon, text }: { icon: Icon; text: string }) {
  const { t } = useTranslation('app');
  return (
    <Card withBorder padding="xl" shadow="xs" maw={720}>
      <ThemeIcon size={48} radius="md" variant="light" mb="md">
        <Icon size={26} aria-hidden />
      </ThemeIcon>
      <Title order={2} fz="lg" mb={6}>
        {t('placeholders.comingSoon')}
      </Title>
      <Text c="dimmed">{text}</Text>
    </Card>
  );
}

/** A section still to be built; its words are `app:placeholders.<page>`. */
function PlaceholderPage({ page, icon }: { page: 'visits' | 'billing' | 'inspections'; icon: Icon }) {
  const { t } = useTranslation('app');
  const title = t(`placeholders.${page}.title`);
  usePageTitle(title);
  return (
    <>
      <PageHeader title={title} description={t(`placeholders.${page}.description`)} />
      <ComingSoon icon={icon} text={t(`placeholders.${page}.text`)} />
    </>
  );
}

export function VisitsPage() {
  return <PlaceholderPage page="visits" icon={IconCalendarEvent} />;
}

export function BillingPage() {
  return <PlaceholderPage page="billing" icon={IconFileInvoice} />;
}

export function InspectionsPage() {
  return <PlaceholderPage page="inspections" icon={IconClipboardCheck} />;
}

export function CompanySettingsPage() {
  const { t } = useTranslation('app');
  usePageTitle(t('placeholders.company.pageTitle'));
  return <ComingSoon icon={IconBuilding} text={t('placeholders.company.text')} />;
}
