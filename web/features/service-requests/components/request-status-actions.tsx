import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCircleCheck, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useChangeRequestStatus, type StatusChange } from '../api/change-request-status.ts';

type Dialog = 'in_progress' | 'closed' | null;

interface MessageDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  label: string;
  description: string;
  confirmLabel: string;
  danger?: boolean;
  loading: boolean;
  error: unknown;
  onConfirm: (message: string) => void;
}

/** A status change that needs words: the update the customer reads, or the reason for closing. */
function MessageDialog({ opened, onClose, title, label, description, confirmLabel, danger, loading, error, onConfirm }: MessageDialogProps) {
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Modal opened={opened} onClose={onClose} title={<Text fw={700}>{title}</Text>} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (message.trim() === '') {
            setMissing(true);
            return;
          }
          onConfirm(message.trim());
        }}
      >
        <Stack gap="md">
          <FormErrorAlert error={error} />
          <Textarea
            label={label}
            description={description}
            autosize
            minRows={3}
            maxLength={2000}
            value={message}
            onChange={(event) => {
              setMessage(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? `Write the ${label.toLowerCase()}` : undefined}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color={danger ? 'red.8' : undefined} loading={loading}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The moves the office may make now, as the server lists them in `allowedTransitions`. */
export function RequestStatusActions({ request }: { request: OfficeRequestDetail }) {
  const mutation = useChangeRequestStatus(request.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const allowed = new Set(request.allowedTransitions);
  const close = () => { setDialog(null); };

  function change(body: StatusChange, done: string) {
    mutation.mutate(body, {
      onSuccess: () => {
        close();
        notifySaved(done, 'Status changed');
      },
    });
  }

  function open(next: Dialog) {
    mutation.reset();
    setDialog(next);
  }

  if (!allowed.has('in_progress') && !allowed.has('pending_confirmation') && !allowed.has('closed')) return null;

  return (
    <>
      <Stack gap="xs">
        {dialog === null ? <FormErrorAlert error={mutation.error} /> : null}
        {allowed.has('in_progress') ? (
          <Button leftSection={<IconPlayerPlay size={16} aria-hidden />} onClick={() => { open('in_progress'); }}>
            Mark in progress
          </Button>
        ) : null}
        {allowed.has('pending_confirmation') ? (
          <Button
            variant="light"
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            loading={mutation.isPending && mutation.variables.status === 'pending_confirmation'}
            onClick={() => {
              mutation.reset();
              change({ status: 'pending_confirmation' }, 'The customer is asked to confirm the work is done.');
            }}
          >
            Ask customer to confirm
          </Button>
        ) : null}
        {allowed.has('closed') ? (
          <Button variant="default" color="red" leftSection={<IconX size={16} aria-hidden />} onClick={() => { open('closed'); }}>
            Close request
          </Button>
        ) : null}
      </Stack>
      <MessageDialog
        key={dialog === 'in_progress' ? 'in-progress-open' : 'in-progress'}
        opened={dialog === 'in_progress'}
        onClose={close}
        title="Mark in progress"
        label="Update to the customer"
        description="The customer reads this in the portal and by email, e.g. when someone will come."
        confirmLabel="Mark in progress"
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={(message) => { change({ status: 'in_progress', message }, `${request.reference} is in progress.`); }}
      />
      <MessageDialog
        key={dialog === 'closed' ? 'closed-open' : 'closed'}
        opened={dialog === 'closed'}
        onClose={close}
        title="Close request"
        label="Reason"
        description="The customer sees why the request was closed."
        confirmLabel="Close request"
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={(message) => { change({ status: 'closed', message }, `${request.reference} is closed.`); }}
      />
    </>
  );
}
