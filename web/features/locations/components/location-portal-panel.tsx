import { Alert, Button, Card, Divider, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEye, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
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
  const { t } = useTranslation('locations');
  const mutation = useUpdateLocationPortal(location.id);
  const [confirmingQuality, qualityModal] = useDisclosure(false);
  const { shown, save } = useSerialSave<LocationPortalInput>({ portalEnabled: location.portalEnabled, features: location.features }, mutation.mutateAsync);

  function setFeature(feature: PortalFeature, on: boolean) {
    if (feature === 'qualityChecks' && on) {
      qualityModal.open();
      return;
    }
    const names = { feature: t(`portalFeatures.${feature}.label`), location: location.name };
    save({ ...shown, features: { ...shown.features, [feature]: on } }, on ? t('portal.featureOn', names) : t('portal.featureOff', names));
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {t('portal.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('portal.savedAsYouGo')}
      </Text>
      <Stack gap="md">
        <Switch
          size="md"
          label={t('portal.enable')}
          description={shown.portalEnabled ? t('portal.enabledHint') : t('portal.disabledHint')}
          checked={shown.portalEnabled}
          disabled={!canManage}
          onChange={(event) => {
            const on = event.currentTarget.checked;
            save({ ...shown, portalEnabled: on }, on ? t('portal.nowInPortal', { name: location.name }) : t('portal.hiddenFromPortal', { name: location.name }));
          }}
        />
        <Divider label={t('portal.featuresDivider')} labelPosition="left" />
        {!shown.portalEnabled ? (
          <Text size="sm" c="dimmed">
            {t('portal.enableFirst')}
          </Text>
        ) : null}
        {portalFeatures.map((feature) => (
          <Switch
            key={feature}
            label={t(`portalFeatures.${feature}.label`)}
            description={t(`portalFeatures.${feature}.description`)}
            checked={shown.features[feature]}
            disabled={!canManage || !shown.portalEnabled}
            onChange={(event) => { setFeature(feature, event.currentTarget.checked); }}
          />
        ))}
      </Stack>
      <ConfirmModal
        opened={confirmingQuality}
        onClose={qualityModal.close}
        title={t('portal.qualityTitle')}
        confirmLabel={t('portal.qualityConfirm')}
        onConfirm={() => {
          qualityModal.close();
          save(
            { ...shown, features: { ...shown.features, qualityChecks: true } },
            t('portal.qualityOn', { name: location.name }),
          );
        }}
      >
        {t('portal.qualityQuestion', { name: location.name })}
      </ConfirmModal>
    </Card>
  );
}

function ViewAsCustomer({ location }: { location: LocationDetail }) {
  const { t } = useTranslation('locations');
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
              title: t('viewAsCustomer.blockedTitle'),
              message: t('viewAsCustomer.blocked', { url: portalUrl }),
            });
          }
        },
      },
    );
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {t('viewAsCustomer.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('viewAsCustomer.intro')}
      </Text>
      {location.portalUsers.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={28} />}
          title={t('viewAsCustomer.noUsersTitle')}
          description={t('viewAsCustomer.noUsersDescription')}
        />
      ) : (
        <Stack gap="md">
          <FormErrorAlert error={mutation.error} />
          {!location.portalEnabled ? (
            <Alert color="yellow" variant="light">
              {t('viewAsCustomer.portalOff')}
            </Alert>
          ) : null}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t('viewAsCustomer.portalUser')}
              data={location.portalUsers.map((user) => ({ value: user.id, label: t('viewAsCustomer.userOption', { name: user.name, email: user.email }) }))}
              value={portalUserId}
              onChange={setPortalUserId}
              allowDeselect={false}
              comboboxProps={{ keepMounted: false }}
              size="md"
              w={{ base: '100%', sm: 360 }}
            />
            <Button size="md" leftSection={<IconEye size={18} aria-hidden />} onClick={view} loading={mutation.isPending} disabled={!portalUserId}>
              {t('viewAsCustomer.button')}
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
