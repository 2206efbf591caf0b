import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from './form-error-alert.tsx';

interface ConfirmModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red (a shade dark enough for white text) for actions that take something away; the accent colour otherwise. */
  danger?: boolean;
  onConfirm: () => void;
  loading?: boolean;
  error?: unknown;
}

/** Asks before an action people may regret; the action's own words label the button, never a bare "OK". */
export function ConfirmModal({ opened, onClose, title, children, confirmLabel, danger, onConfirm, loading, error }: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{title}</Text>} centered>
      <Stack gap="md">
        <FormErrorAlert error={error} keepsInput={false} />
        <Text>{children}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button color={danger ? 'red.8' : undefined} onClick={onConfirm} loading={loading} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
