import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useArchiveCustomer } from '../api/archive-customer.ts';
import { useRestoreCustomer } from '../api/restore-customer.ts';

/** "Archive" (after a warning) for an active customer, "Restore" for an archived one. */
export function CustomerStatusActions({ customer }: { customer: CustomerDetail }) {
  const { t } = useTranslation('customers');
  const [confirming, confirm] = useDisclosure(false);
  const archive = useArchiveCustomer(customer.id);
  const restore = useRestoreCustomer(customer.id);

  if (customer.archivedAt) {
    return (
      <Button
        variant="default"
        leftSection={<IconRestore size={16} aria-hidden />}
        loading={restore.isPending}
        onClick={() => {
          restore.mutate(undefined, {
            onSuccess: () => { notifySaved(t('status.restored', { name: customer.name }), t('status.restoredTitle')); },
            onError: (error) => { notifyError(error, t('status.notRestored')); },
          });
        }}
      >
        {t('status.restore')}
      </Button>
    );
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconArchive size={16} aria-hidden />}
        onClick={() => {
          archive.reset();
          confirm.open();
        }}
      >
        {t('status.archive')}
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={confirm.close}
        title={t('status.archiveCustomer')}
        confirmLabel={t('status.archiveCustomer')}
        danger
        loading={archive.isPending}
        error={archive.error}
        onConfirm={() => {
          archive.mutate(undefined, {
            onSuccess: () => {
              confirm.close();
              notifySaved(t('status.archivedMessage', { name: customer.name }), t('status.archivedTitle'));
            },
          });
        }}
      >
        {t('status.archiveQuestion', { name: customer.name })}
      </ConfirmModal>
    </>
  );
}
