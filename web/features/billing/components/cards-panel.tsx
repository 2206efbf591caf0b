import { Badge, Button, Card, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconCreditCard, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card as SavedCard } from '../../../../shared/features/billing/cards.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useCards, useMakeDefaultCard, useRemoveCard } from '../api/cards.ts';
import { brandName } from '../card-brand.ts';
import { StripeCardForm } from './stripe-card-form.tsx';
import { TestCardForm } from './test-card-form.tsx';

/** The customer's cards: add one, make one the default, remove one (never the last). */
export function CardsPanel({ slug, locationId, companyName, readOnly }: { slug: string; locationId: string; companyName: string; readOnly: boolean }) {
  const { t } = useTranslation('portalPayments');
  const query = useCards(slug, locationId);
  const makeDefault = useMakeDefaultCard(slug, locationId);
  const remove = useRemoveCard(slug, locationId);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<SavedCard | null>(null);

  if (query.isPending) return <Skeleton height={120} radius="md" />;
  if (query.isError) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('cards.loadFailed')} />;
  const { items, test } = query.data;
  const cardWords = (card: SavedCard) => t('cards.number', { brand: brandName(card.brand), last4: card.last4 });
  const onlyOne = items.length === 1;

  const addForm = test ? (
    <TestCardForm
      slug={slug}
      locationId={locationId}
      onCancel={() => { setAdding(false); }}
      onDone={() => {
        setAdding(false);
        notifySaved(t('cards.added'));
      }}
    />
  ) : (
    <StripeCardForm companyName={companyName} />
  );

  return (
    <Stack gap="md">
      {items.length === 0 && !adding ? (
        <EmptyState
          icon={<IconCreditCard size={28} />}
          title={t('cards.empty')}
          description={t('cards.emptyHint')}
          action={readOnly ? null : <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setAdding(true); }}>{t('cards.add')}</Button>}
        />
      ) : null}
      {items.map((card) => (
        <Paper key={card.id} withBorder radius="md" p="md">
          <Group justify="space-between" align="center" gap="sm" wrap="wrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <IconCreditCard size={28} aria-hidden />
              <div style={{ minWidth: 0 }}>
                <Group gap={6}>
                  <Text fw={600}>{cardWords(card)}</Text>
                  {card.isDefault ? <Badge variant="light" tt="none">{t('cards.default')}</Badge> : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {t('cards.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear })}
                </Text>
              </div>
            </Group>
            {readOnly ? null : (
              <Group gap="xs">
                {card.isDefault ? null : (
                  <Button
                    variant="default"
                    size="xs"
                    loading={makeDefault.isPending && makeDefault.variables === card.id}
                    onClick={() => { makeDefault.mutate(card.id, { onSuccess: () => { notifySaved(t('cards.madeDefault')); }, onError: (error) => { notifyError(error); } }); }}
                  >
                    {t('cards.makeDefault')}
                  </Button>
                )}
                <Tooltip label={t('cards.lastCardReason')} disabled={!onlyOne} multiline w={240}>
                  {/* A disabled button takes no pointer events: the wrapper keeps the reason reachable. */}
                  <span>
                    <Button variant="subtle" color="red.8" size="xs" disabled={onlyOne} onClick={() => { setRemoving(card); }}>
                      {t('cards.remove')}
                    </Button>
                  </span>
                </Tooltip>
              </Group>
            )}
          </Group>
        </Paper>
      ))}
      {onlyOne && !readOnly ? (
        <Text size="sm" c="dimmed">
          {t('cards.lastCardReason')}
        </Text>
      ) : null}
      {readOnly ? null : adding ? (
        <Card withBorder padding="md">
          <Text fw={600} mb="sm">
            {t('cards.adding')}
          </Text>
          {addForm}
        </Card>
      ) : items.length > 0 ? (
        <Group>
          <Button leftSection={<IconPlus size={16} aria-hidden />} variant="light" onClick={() => { setAdding(true); }}>
            {t('cards.add')}
          </Button>
        </Group>
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={t('cards.removeTitle')}
        confirmLabel={t('cards.remove')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              notifySaved(t('cards.removed'));
            },
          });
        }}
      >
        {removing ? t('cards.removeText', { card: cardWords(removing) }) : ''}
      </ConfirmModal>
    </Stack>
  );
}
