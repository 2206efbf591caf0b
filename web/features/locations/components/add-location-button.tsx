import { Button, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCreateLocation } from '../api/create-location.ts';
import { LocationForm } from './location-form.tsx';

/** "Add location" and its form in a modal; the new location belongs to this customer. */
export function AddLocationButton({ customerId }: { customerId: string }) {
  const { t } = useTranslation(['locations', 'common']);
  const [opened, modal] = useDisclosure(false);
  const mutation = useCreateLocation(customerId);

  return (
    <>
      <Button
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => {
          mutation.reset();
          modal.open();
        }}
      >
        {t('add.button')}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={<Text fw={700}>{t('add.title')}</Text>} size="lg">
        <LocationForm
          mutation={mutation}
          onSaved={(location) => {
            modal.close();
            notifySaved(t('add.added', { name: location.name }), t('add.addedTitle'));
          }}
          cancel={
            <Button variant="default" onClick={modal.close}>
              {t('common:actions.cancel')}
            </Button>
          }
        />
      </Modal>
    </>
  );
}
