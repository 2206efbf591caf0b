import { Alert, Button, Card, Divider, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEye, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import {
  portalFeatureLabels,
  portalFeatures,
  type LocationDetail,
  type LocationPortalInput,
  type PortalFeature,
} from '../../../../shared/features/locations/locations.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useSerialSave } from '../../../lib/use-serial-save.ts';
import { useUpdateLocationPortal } from '../api/update-location-portal.ts';
import { useViewAsCustomer } from '../api/view-as-customer.ts';

interface LocationPortalPanelProps {
  location: LocationDetail;
  canManage: boolean;
}

function PortalSwitches({ location, canManage }: LocationPortalPanelProps) {
  const mutation = useUpdateLocationPortal(location.id);
  const [confirmingQuality, qualityModal] = useDisclosure(false);
  const { shown, save } = useSerialSave<LocationPortalInput>({ portalEnabled: location.portalEnabled, features: location.features }, mutation.mutateAsync);

  function setFeature(feature: PortalFeature, on: boolean) {
    if (feature === 'qualityChecks' && on) {
      qualityModal.open();
      return;
    }
    const { label } = portalFeatureLabels[feature];
    save({ ...shown, features: { ...shown.features, [feature]: on } }, `${label} ${on ? 'is on' : 'is off'} for ${location.name}.`);
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        Customer portal
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Changes are saved as you make them.
      </Text>
      <Stack gap="md">
        <Switch
          size="md"
          label="Enable portal"
          description={
            shown.portalEnabled
              ? 'Portal users granted this location see it when they sign in.'
              : 'Off: no customer sees this location in the portal.'
          }
          checked={shown.portalEnabled}
          disabled={!canManage}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            save({ ...shown, portalEnabled: on }, on ? `${location.name} is now in the portal.` : `${location.name} is hidden from the portal.`);
          }}
        />
        <Divider label="Features at this location" labelPosition="left" />
        {!shown.portalEnabled ? (
          <Text size="sm" c="dimmed">
            Enable the portal to choose what customers can do here.
          </Text>
        ) : null}
        {portalFeatures.map((feature) => (
          <Switch
            key={feature}
            label={portalFeatureLabels[feature].label}
            description={portalFeatureLabels[feature].description}
            checked={shown.features[feature]}
            disabled={!canManage || !shown.portalEnabled}
            onChange={(event) => { setFeature(feature, event.currentTarget.checked); }}
          />
        ))}
      </Stack>
      <ConfirmModal
        opened={confirmingQuality}
        onClose={qualityModal.close}
        title="Show quality checks to the customer?"
        confirmLabel="Show quality checks"
        onConfirm={() => {
          qualityModal.close();
          save(
            { ...shown, features: { ...shown.features, qualityChecks: true } },
            `Customers at ${location.name} now see quality checks.`,
          );
        }}
      >
        Customers will see the inspection reports for {location.name}: scores, ratings, comments and photos, including poor
        scores. Turn this on when you are happy for them to see every inspection.
      </ConfirmModal>
    </Card>
  );
}

function ViewAsCustomer({ location }: { location: LocationDetail }) {
  const [portalUserId, setPortalUserId] = useState<string | null>(location.portalUsers[0]?.id ?? null);
  const mutation = useViewAsCustomer(location.id);

  function view() {
    if (!portalUserId) return;
    mutation.mutate(
      { portalUserId },
      {
        onSuccess: ({ portalUrl }) => {
          const opened = window.open(portalUrl, '_blank');
          if (!opened) {
            notifications.show({
              color: 'yellow',
              title: 'Your browser blocked the new tab',
              message: `Allow pop-ups for this site, or open ${portalUrl} yourself.`,
            });
          }
        },
      },
    );
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        View as customer
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Opens the portal in a new tab exactly as this person sees it. It is read-only: nothing you do there is saved.
      </Text>
      {location.portalUsers.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={28} />}
          title="No portal users can see this location"
          description="Grant it to a portal user on the customer’s Portal users tab first."
        />
      ) : (
        <Stack gap="md">
          <FormErrorAlert error={mutation.error} />
          {!location.portalEnabled ? (
            <Alert color="yellow" variant="light">
              The portal is off here, so customers will not see this location until you enable it.
            </Alert>
          ) : null}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label="Portal user"
              data={location.portalUsers.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }))}
              value={portalUserId}
              onChange={setPortalUserId}
              allowDeselect={false}
              comboboxProps={{ keepMounted: false }}
              size="md"
              w={{ base: '100%', sm: 360 }}
            />
            <Button size="md" leftSection={<IconEye size={18} aria-hidden />} onClick={view} loading={mutation.isPending} disabled={!portalUserId}>
              View as customer
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

export function LocationPortalPanel({ location, canManage }: LocationPortalPanelProps) {
  return (
    <Stack gap="lg">
      <PortalSwitches location={location} canManage={canManage} />
      {canManage ? <ViewAsCustomer location={location} /> : null}
    </Stack>
  );
}
