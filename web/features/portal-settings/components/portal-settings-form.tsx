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
import { useTranslation } from 'react-i18next';
import {
  portalSettingsSchema,
  socialNetworks,
  type PortalSettingsResponse,
} from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { checkedField, textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdatePortalSettings } from '../api/update-portal-settings.ts';
import { PortalLogoField } from './portal-logo-field.tsx';

// Each switch's words are in the catalogue under portalSettings:options.switches.<name>.
const optionSwitches = ['requestsAllowed', 'showOpenRequests', 'showClosedRequests'] as const;
// Arrival windows moved to Settings → Scheduling, beside the other visit settings.
const moreSwitches = ['allowPrepayments', 'customersManageNotifications'] as const;
type SwitchName = (typeof optionSwitches)[number] | (typeof moreSwitches)[number];

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
    requestsAllowed: checkedField(data, 'requestsAllowed'),
    showOpenRequests: checkedField(data, 'showOpenRequests'),
    showClosedRequests: checkedField(data, 'showClosedRequests'),
    defaultRequestAssigneeId: nullable('defaultRequestAssigneeId'),
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

function OptionSwitch({ name, settings }: { name: SwitchName; settings: PortalSettingsResponse }) {
  const { t } = useTranslation('portalSettings');
  return (
    <Switch
      name={name}
      label={t(`options.switches.${name}.label`)}
      description={t(`options.switches.${name}.description`)}
      defaultChecked={settings[name]}
    />
  );
}

function PortalAddress({ url }: { url: string }) {
  const { t } = useTranslation('portalSettings');
  return (
    <Group gap="xs" wrap="wrap">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {url}
      </Text>
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button variant="light" size="compact-sm" onClick={copy} leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}>
            {copied ? t('portal.copied') : t('portal.copyAddress')}
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
  const { t } = useTranslation('portalSettings');
  const mutation = useUpdatePortalSettings();
  const { errors, formProps } = useFormSubmit({
    schema: portalSettingsSchema,
    mutation,
    read: readSettings,
    onValid: (values) => {
      mutation.mutate(values, { onSuccess: () => { notifySaved(t('saved')); } });
    },
  });

  return (
    <form {...formProps}>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg" maw={860}>
          <FormErrorAlert error={mutation.error} />
          <Section title={t('portal.title')}>
            <Stack gap="md">
              <Switch
                name="portalEnabled"
                size="md"
                label={t('portal.enabled')}
                description={t('portal.enabledHint')}
                defaultChecked={settings.portalEnabled}
              />
              <Stack gap={4}>
                <Text size="sm" c="dimmed">
                  {t('portal.signInAt')}
                </Text>
                <PortalAddress url={settings.portalUrl} />
              </Stack>
            </Stack>
          </Section>

          <Section title={t('look.title')} description={t('look.description')}>
            <Stack gap="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput name="displayName" label={t('look.displayName')} defaultValue={settings.displayName} error={errors.displayName} />
                <ColorInput
                  name="brandColor"
                  label={t('look.brandColor')}
                  description={t('look.brandColorHint')}
                  format="hex"
                  defaultValue={settings.brandColor}
                  swatches={['#0b7a87', '#1c7ed6', '#2f9e44', '#e8590c', '#c2255c', '#6741d9', '#343a40']}
                  eyeDropperButtonProps={{ 'aria-label': t('look.pickColor') }}
                  size="md"
                  error={errors.brandColor}
                />
              </SimpleGrid>
              <PortalLogoField logoUrl={settings.logoUrl} disabled={!canEdit} companyName={settings.displayName} brandColor={settings.brandColor} />
            </Stack>
          </Section>

          <Section title={t('contact.title')} description={t('contact.description')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput
                name="contactEmail"
                type="email"
                label={t('contact.email')}
                inputMode="email"
                defaultValue={settings.contactEmail ?? ''}
                error={errors.contactEmail}
              />
              <TextInput name="contactPhone" type="tel" label={t('contact.phone')} defaultValue={settings.contactPhone ?? ''} error={errors.contactPhone} />
            </SimpleGrid>
          </Section>

          <Section title={t('social.title')} description={t('social.description')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {socialNetworks.map((network) => (
                <TextInput
                  key={network}
                  name={`socialLinks.${network}`}
                  type="url"
                  inputMode="url"
                  label={t(`social.networks.${network}.label`)}
                  placeholder={t(`social.networks.${network}.placeholder`)}
                  defaultValue={settings.socialLinks[network] ?? ''}
                  error={errors[`socialLinks.${network}`]}
                />
              ))}
            </SimpleGrid>
          </Section>

          <Section title={t('options.title')} description={t('options.description')}>
            <Stack gap="md">
              {optionSwitches.map((name) => (
                <OptionSwitch key={name} name={name} settings={settings} />
              ))}
              <NativeSelect
                name="defaultRequestAssigneeId"
                label={t('options.defaultAssignee')}
                description={t('options.defaultAssigneeHint')}
                data={[
                  { value: locationManager, label: t('options.locationManager') },
                  ...settings.assignees.map((assignee) => ({ value: assignee.id, label: assignee.name })),
                ]}
                defaultValue={settings.defaultRequestAssigneeId ?? locationManager}
                error={errors.defaultRequestAssigneeId}
                size="md"
                maw={420}
              />
              {moreSwitches.map((name) => (
                <OptionSwitch key={name} name={name} settings={settings} />
              ))}
              <Text size="sm" c="dimmed">
                {t('options.schedulingElsewhere')}{' '}
                <AnchorLink to="/office/settings/scheduling" size="sm">
                  {t('options.schedulingLink')}
                </AnchorLink>
              </Text>
            </Stack>
          </Section>

          {canEdit ? (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {t('save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
