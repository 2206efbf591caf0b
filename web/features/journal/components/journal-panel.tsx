import { ActionIcon, Badge, Button, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconNotebook, IconSearchOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalCategory, JournalEntry } from '../../../../shared/features/journal/journal.contract.ts';
import { canDeleteJournalEntry, type JournalViewer } from '../../../../shared/features/journal/journal.policy.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatDateOnly } from '../../../lib/format.ts';
import { useDeleteEntry } from '../api/delete-entry.ts';
import { useJournal } from '../api/get-journal.ts';
import { JournalEntryForm } from './journal-entry-form.tsx';

const pageSize = 20;

// Complaints stand out; praise reads as good news; the rest stay quiet.
const categoryColours: Record<JournalCategory, string> = { note: 'gray', call: 'blue', visit: 'teal', complaint: 'red', praise: 'green', other: 'gray' };

function EntryCard({ entry, canDelete, onDelete }: { entry: JournalEntry; canDelete: boolean; onDelete: () => void }) {
  const { t } = useTranslation('journal');
  const date = formatDateOnly(entry.date);
  return (
    <Paper withBorder radius="md" p="md" component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{date}</Text>
          <Badge variant="light" color={categoryColours[entry.category]}>
            {t(`categories.${entry.category}`)}
          </Badge>
        </Group>
        {canDelete ? (
          <Tooltip label={t('delete.button')}>
            <ActionIcon variant="subtle" color="red.8" size="lg" aria-label={t('delete.label', { date })} onClick={onDelete}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        ) : null}
      </Group>
      <Text mt="xs" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {entry.text}
      </Text>
      <Text size="sm" c="dimmed" mt="xs">
        {entry.authorName ? t('by', { name: entry.authorName }) : t('byRemoved')}
      </Text>
    </Paper>
  );
}

/** The customer's journal: a form for a new entry, then the entries newest first, searchable, a page at a time. */
export function JournalPanel({ customerId, viewer }: { customerId: string; viewer: JournalViewer }) {
  const { t } = useTranslation(['journal', 'common']);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const query = useJournal(customerId, { q: q || undefined, page, pageSize });
  const remove = useDeleteEntry(customerId);
  const [deleting, setDeleting] = useState<JournalEntry | null>(null);

  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  function renderEntries() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
    if (!query.data) {
      return (
        <Stack gap="sm" aria-hidden>
          {[0, 1, 2].map((i) => <Skeleton key={i} height={96} radius="md" />)}
        </Stack>
      );
    }
    if (query.data.items.length === 0) {
      return q ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title={t('noMatch.title')}
          description={t('noMatch.description')}
          action={
            <Button variant="light" onClick={() => { setQ(''); setPage(1); }}>
              {t('common:actions.clearFilters')}
            </Button>
          }
        />
      ) : (
        <EmptyState icon={<IconNotebook size={28} />} title={t('empty.title')} description={t('empty.description')} />
      );
    }
    return (
      <>
        <Stack gap="sm" aria-busy={query.isFetching}>
          {query.data.items.map((entry) => (
            <EntryCard key={entry.id} entry={entry} canDelete={canDeleteJournalEntry(viewer, entry)} onDelete={() => { setDeleting(entry); }} />
          ))}
        </Stack>
        <PaginationFooter page={page} pageSize={pageSize} total={query.data.total} onPageChange={setPage} showing={(range) => t('showing', range)} />
      </>
    );
  }

  return (
    <Stack gap="lg" maw={840}>
      <Text c="dimmed">{t('intro')}</Text>
      <JournalEntryForm customerId={customerId} />
      {/* A row, as in the lists' filter bars: the search box grows along it, never down a column. */}
      <Group>
        <SearchInput label={t('search.label')} placeholder={t('search.placeholder')} value={q} onSearch={(next) => { setQ(next); setPage(1); }} />
      </Group>
      <div>{renderEntries()}</div>
      <ConfirmModal
        opened={deleting !== null}
        onClose={closeDelete}
        title={t('delete.title')}
        confirmLabel={t('delete.confirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, {
            onSuccess: () => {
              notifySaved(t('delete.deleted'));
              closeDelete();
            },
          });
        }}
      >
        {deleting ? t('delete.text', { date: formatDateOnly(deleting.date) }) : null}
      </ConfirmModal>
    </Stack>
  );
}
