import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCircleCheck, IconPlayerPlay, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  /** Shown when the box is left empty. */
  missingMessage: string;
  confirmLabel: string;
  danger?: boolean;
  loading: boolean;
  error: unknown;
  onConfirm: (message: string) => void;
}

/** A status change that needs words: the update the customer reads, or the reason for closing. */
function MessageDialog({ opened, onClose, title, label, description, missingMessage, confirmLabel, danger, loading, error, onConfirm }: MessageDialogProps) {
  const { t } = useTranslation(['serviceRequests', 'common']);
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
            error={missing ? missingMessage : undefined}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
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
  const { t } = useTranslation('serviceRequests');
  const mutation = useChangeRequestStatus(request.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const allowed = new Set(request.allowedTransitions);
  const close = () => { setDialog(null); };

  function change(body: StatusChange, done: string) {
    mutation.mutate(body, {
      onSuccess: () => {
        close();
        notifySaved(done, t('statusActions.changed'));
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
            {t('statusActions.markInProgress')}
          </Button>
        ) : null}
        {allowed.has('pending_confirmation') ? (
          <Button
            variant="light"
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            loading={mutation.isPending && mutation.variables.status === 'pending_confirmation'}
            onClick={() => {
              mutation.reset();
              change({ status: 'pending_confirmation' }, t('statusActions.askedToConfirm'));
            }}
          >
            {t('statusActions.askToConfirm')}
          </Button>
        ) : null}
        {allowed.has('closed') ? (
          <Button variant="default" color="red" leftSection={<IconX size={16} aria-hidden />} onClick={() => { open('closed'); }}>
            {t('statusActions.close')}
          </Button>
        ) : null}
      </Stack>
      <MessageDialog
        key={dialog === 'in_progress' ? 'in-progress-open' : 'in-progress'}
        opened={dialog === 'in_progress'}
        onClose={close}
        title={t('statusActions.markInProgress')}
        label={t('statusActions.update')}
        description={t('statusActions.updateHint')}
        missingMessage={t('statusActions.updateMissing')}
        confirmLabel={t('statusActions.markInProgress')}
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={(message) => { change({ status: 'in_progress', message }, t('statusActions.inProgress', { reference: request.reference })); }}
      />
      <MessageDialog
        key={dialog === 'closed' ? 'closed-open' : 'closed'}
        opened={dialog === 'closed'}
        onClose={close}
        title={t('statusActions.close')}
        label={t('statusActions.reason')}
        description={t('statusActions.reasonHint')}
        missingMessage={t('statusActions.reasonMissing')}
        confirmLabel={t('statusActions.close')}
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onConfirm={(message) => { change({ status: 'closed', message }, t('statusActions.closed', { reference: request.reference })); }}
      />
    </>
  );
}
