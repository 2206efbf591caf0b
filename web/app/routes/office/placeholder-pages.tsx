import { Card, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarEvent,
  IconClipboardCheck,
  IconFileInvoice,
  type Icon,
} from '@tabler/icons-react';
import { PageHeader } from '../../../components/page-header.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

interface ComingSoonProps {
  title: string;
  icon: Icon;
  text: string;
}

function ComingSoon({ icon: Icon, text }: Omit<ComingSoonProps, 'title'>) {
  return (
    <Card withBorder padding="xl" shadow="xs" maw={720}>
      <ThemeIcon size={48} radius="md" variant="light" mb="md">
        <Icon size={26} aria-hidden />
      </ThemeIcon>
      <Title order={2} fz="lg" mb={6}>
        Coming soon
      </Title>
      <Text c="dimmed">{text}</Text>
    </Card>
  );
}

function PlaceholderPage(props: ComingSoonProps & { description: string }) {
  usePageTitle(props.title);
  return (
    <>
      <PageHeader title={props.title} description={props.description} />
      <ComingSoon icon={props.icon} text={props.text} />
    </>
  );
}

export function VisitsPage() {
  return (
    <PlaceholderPage
      title="Visits"
      description="Scheduled and completed cleaning visits."
      icon={IconCalendarEvent}
      text="Plan recurring and one-off visits here, assign technicians and see what was done on each one."
    />
  );
}

export function BillingPage() {
  return (
    <PlaceholderPage
      title="Billing"
      description="Invoices and payments."
      icon={IconFileInvoice}
      text="Invoices for completed visits and contracts will be prepared here, with what each customer has paid and what is due."
    />
  );
}

export function InspectionsPage() {
  return (
    <PlaceholderPage
      title="Inspections"
      description="Quality checks at your customers’ sites."
      icon={IconClipboardCheck}
      text="Supervisors will record quality inspections here with scores, photos and follow-ups, and customers can see the results."
    />
  );
}

function SettingsPlaceholder({ title, icon, text }: ComingSoonProps) {
  usePageTitle(`${title} settings`);
  return <ComingSoon icon={icon} text={text} />;
}

export function CompanySettingsPage() {
  return (
    <SettingsPlaceholder
      title="Company"
      icon={IconBuilding}
      text="Your company name, address, logo and business hours will be editable here."
    />
  );
}
