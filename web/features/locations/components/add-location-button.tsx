import { Button, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { notifySaved } from '../../../lib/error-message.ts';
import { useCreateLocation } from '../api/create-location.ts';
import { LocationForm } from './location-form.tsx';

/** "Add location" and its form in a modal; the new location belongs to this customer. */
export function AddLocationButton({ customerId }: { customerId: string }) {
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
        Add location
      </Button>
      <Modal opened={opened} onClose={modal.close} title={<Text fw={700}>Add location</Text>} size="lg">
        <LocationForm
          mutation={mutation}
          onSaved={(location) => {
            modal.close();
            notifySaved(`${location.name} was added.`, 'Location added');
          }}
          cancel={
            <Button variant="default" onClick={modal.close}>
              Cancel
            </Button>
          }
        />
      </Modal>
    </>
  );
}
