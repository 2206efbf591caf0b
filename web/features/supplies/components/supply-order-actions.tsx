import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplyOrder, SupplyOrderStatus } from '../../../../shared/features/supplies/supplies.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useUpdateSupplyOrder } from '../api/update-supply-order.ts';

type Move = Exclude<SupplyOrderStatus, 'submitted'>;

/** The moves an order allows: a submitted order is approved or cancelled, an approved one delivered or cancelled. */
const movesFrom: Record<SupplyOrderStatus, Move[]> = {
  submitted: ['approved', 'cancelled'],
  approved: ['delivered', 'cancelled'],
  delivered: [],
  cancelled: [],
};


interface StatusModalProps {
  order: SupplyOrder;
  move: Move | null;
  onClose: () => void;
  onSaved: (order: SupplyOrder) => void;
}

function StatusModal({ order, move, onClose, onSaved }: StatusModalProps) {
  const { t } = useTranslation(['supplies', 'common']);
  const mutation = useUpdateSupplyOrder();
  const [note, setNote] = useState('');

  return (
    <Modal opened={move !== null} onClose={onClose} title={<Text fw={700}>{move ? t(`moves.${move}.title`, { reference: order.reference }) : ''}</Text>} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!move) return;
          const trimmed = note.trim();
          mutation.mutate(
            { id: order.id, body: { status: move, ...(trimmed ? { noteToCustomer: trimmed } : {}) } },
            {
              onSuccess: (saved) => {
                onClose();
                onSaved(saved);
                notifySaved(t(`moves.${move}.done`, { reference: saved.reference }), t('moves.saved'));
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <FormErrorAlert error={mutation.error} />
          <Textarea
            label={t('moves.note')}
            description={t('moves.noteHint')}
            autosize
            minRows={3}
            maxLength={1000}
            value={note}
            onChange={(event) => { setNote(event.currentTarget.value); }}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.back')}
            </Button>
            <Button type="submit" color={move === 'cancelled' ? 'red.8' : undefined} loading={mutation.isPending}>
              {t('moves.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Buttons for the moves this order allows now, each asking for an optional note to the customer. */
export function SupplyOrderActions({ order, onSaved }: { order: SupplyOrder; onSaved: (order: SupplyOrder) => void }) {
  const { t } = useTranslation('supplies');
  const [move, setMove] = useState<Move | null>(null);
  const moves = movesFrom[order.status];
  if (moves.length === 0) return null;
  return (
    <>
      <Group gap="sm">
        {moves.map((next) => (
          <Button
            key={next}
            variant={next === 'cancelled' ? 'default' : 'filled'}
            color={next === 'cancelled' ? 'red' : undefined}
            onClick={() => { setMove(next); }}
          >
            {t(`moves.${next}.button`)}
          </Button>
        ))}
      </Group>
      <StatusModal key={move ?? 'closed'} order={order} move={move} onClose={() => { setMove(null); }} onSaved={onSaved} />
    </>
  );
}
