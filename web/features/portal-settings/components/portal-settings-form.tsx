import {
  Button,
  Card,
  ColorInput,
  CopyButton,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import {
  portalSettingsSchema,
  socialNetworks,
  type PortalSettingsResponse,
  type SocialNetwork,
} from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { checkedField, textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdatePortalSettings } from '../api/update-portal-settings.ts';
import { PortalLogoField } from './portal-logo-field.tsx';

const socialLabels: Record<SocialNetwork, { label: string; placeholder: string }> = {
  website: { label: 'Website', placeholder: 'https://yourcompany.com' },
  facebook: { label: 'Facebook', placeholder: 'https://facebook.com/yourcompany' },
  instagram: { label: 'Instagram', placeholder: 'https://instagram.com/yourcompany' },
  linkedin: { label: 'LinkedIn', placeholder: 'https://linkedin.com/company/yourcompany' },
  x: { label: 'X', placeholder: 'https://x.com/yourcompany' },
  youtube: { label: 'YouTube', placeholder: 'https://youtube.com/@yourcompany' },
};

const optionSwitches = [
  { name: 'ticketsAllowed', label: 'Customers may submit tickets', description: 'Report problems and ask questions from the portal.' },
  { name: 'showOpenTickets', label: 'Customers see open tickets', description: 'Tickets still being worked on, with their replies.' },
  { name: 'showClosedTickets', label: 'Customers see closed tickets', description: 'Resolved tickets stay visible for reference.' },
] as const;

const moreSwitches = [
  { name: 'showArrivalWindow', label: 'Show arrival window', description: 'Customers see a time window for each visit instead of an exact time.' },
  { name: 'allowPrepayments', label: 'Allow prepayments', description: 'Customers may pay ahead; the amount is kept as credit.' },
  {
    name: 'customersManageNotifications',
    label: 'Customers may change their notification settings',
    description: 'Which contacts get reminders and updates, and how.',
  },
] as const;

const locationManager = '';

function readSettings(data: FormData): unknown {
  const nullable = (name: string) => textField(data, name).trim() || null;
  return {
    portalEnabled: checkedField(data, 'portalEnabled'),
    displayName: textField(data, 'displayName'),
    brandColor: textField(data, 'brandColor').trim(),
    contactEmail: textField(data, 'contactEmail'),
    contactPhone: textField(data, 'contactPhone'),
    socialLinks: Object.fromEntries(socialNetworks.map((network) => [network, nullable(`socialLinks.${network}`)])),
    ticketsAllowed: checkedField(data, 'ticketsAllowed'),
    showOpenTickets: checkedField(data, 'showOpenTickets'),
    showClosedTickets: checkedField(data, 'showClosedTickets'),
    defaultTicketAssigneeId: nullable('defaultTicketAssigneeId'),
    showArrivalWindow: checkedField(data, 'showArrivalWindow'),
    allowPrepayments: checkedField(data, 'allowPrepayments'),
    customersManageNotifications: checkedField(data, 'customersManageNotifications'),
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

function PortalAddress({ url }: { url: string }) {
  return (
    <Group gap="xs" wrap="wrap">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {url}
      </Text>
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button variant="light" size="compact-sm" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
            {copied ? 'Copied' : 'Copy address'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

interface PortalSettingsFormProps {
  settings: PortalSettingsResponse;
  canEdit: boolean;
}

export function PortalSettingsForm({ settings, canEdit }: PortalSettingsFormProps) {
  const mutation = useUpdatePortalSettings();
  const { errors, formProps } = useFormSubmit({
    schema: portalSettingsSchema,
    mutation,
    read: readSettings,
    onValid: (values) => {
      mutation.mutate(values, { onSuccess: () => { notifySaved('Customers see the changes the next time they open the portal.'); } });
    },
  });

  return (
    <form {...formProps}>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg" maw={860}>
          <FormErrorAlert error={mutation.error} />
          <Section title="Portal">
            <Stack gap="md">
              <Switch
                name="portalEnabled"
                size="md"
                label="Customer portal"
                description="Company-wide switch. When it is off no customer can sign in, whatever each location is set to."
                defaultChecked={settings.portalEnabled}
              />
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  Customers sign in at
                </Text>
                <PortalAddress url={settings.portalUrl} />
              </Stack>
            </Stack>
          </Section>

          <Section title="Look" description="Your name, colour and logo in the portal and its emails.">
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput name="displayName" label="Display name" defaultValue={settings.displayName} error={errors.displayName} />
                <ColorInput
                  name="brandColor"
                  label="Brand colour"
                  description="Buttons and links in the portal; dark enough for white text is best."
                  format="hex"
                  defaultValue={settings.brandColor}
                  swatches={['#0b7a87', '#1c7ed6', '#2f9e44', '#e8590c', '#c2255c', '#6741d9', '#343a40']}
                  eyeDropperButtonProps={{ 'aria-label': 'Pick the colour from the screen' }}
                  size="md"
                  error={errors.brandColor}
                />
              </SimpleGrid>
              <PortalLogoField logoUrl={settings.logoUrl} disabled={!canEdit} />
            </Stack>
          </Section>

          <Section title="Contact" description="Shown in the portal’s Contact menu, so customers know how to reach you.">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                name="contactEmail"
                type="email"
                label="Contact email"
                inputMode="email"
                defaultValue={settings.contactEmail ?? ''}
                error={errors.contactEmail}
              />
              <TextInput name="contactPhone" type="tel" label="Contact phone" defaultValue={settings.contactPhone ?? ''} error={errors.contactPhone} />
            </SimpleGrid>
          </Section>

          <Section title="Social links" description="Icons at the foot of every portal page. Leave a field empty to hide its icon.">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {socialNetworks.map((network) => (
                <TextInput
                  key={network}
                  name={`socialLinks.${network}`}
                  type="url"
                  inputMode="url"
                  label={socialLabels[network].label}
                  placeholder={socialLabels[network].placeholder}
                  defaultValue={settings.socialLinks[network] ?? ''}
                  error={errors[`socialLinks.${network}`]}
                />
              ))}
            </SimpleGrid>
          </Section>

          <Section title="Tickets and options" description="What customers can do in the portal.">
            <Stack gap="md">
              {optionSwitches.map((option) => (
                <Switch key={option.name} name={option.name} label={option.label} description={option.description} defaultChecked={settings[option.name]} />
              ))}
              <NativeSelect
                name="defaultTicketAssigneeId"
                label="Default ticket assignee"
                description="Who new tickets go to."
                data={[
                  { value: locationManager, label: 'The location’s assigned manager' },
                  ...settings.assignees.map((assignee) => ({ value: assignee.id, label: assignee.name })),
                ]}
                defaultValue={settings.defaultTicketAssigneeId ?? locationManager}
                error={errors.defaultTicketAssigneeId}
                size="md"
                maw={420}
              />
              {moreSwitches.map((option) => (
                <Switch key={option.name} name={option.name} label={option.label} description={option.description} defaultChecked={settings[option.name]} />
              ))}
            </Stack>
          </Section>

          {canEdit ? (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                Save portal settings
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
