import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArchive, IconRestore } from '@tabler/icons-react';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useArchiveCustomer } from '../api/archive-customer.ts';
import { useRestoreCustomer } from '../api/restore-customer.ts';

/** "Archive" (after a warning) for an active customer, "Restore" for an archived one. */
export function CustomerStatusActions({ customer }: { customer: CustomerDetail }) {
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
            onSuccess: () => { notifySaved(`${customer.name} is active again.`, 'Restored'); },
            onError: (error) => { notifyError(error, 'Not restored'); },
          });
        }}
      >
        Restore
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
        Archive
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={confirm.close}
        title="Archive customer"
        confirmLabel="Archive customer"
        danger
        loading={archive.isPending}
        error={archive.error}
        onConfirm={() => {
          archive.mutate(undefined, {
            onSuccess: () => {
              confirm.close();
              notifySaved(`${customer.name} is in the archive.`, 'Archived');
            },
          });
        }}
      >
        Archive {customer.name}? Their portal users will not be able to sign in until you restore the customer.
      </ConfirmModal>
    </>
  );
}
