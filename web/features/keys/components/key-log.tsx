import { Skeleton, Stack, Text, Timeline } from '@mantine/core';
import { IconArrowBackUp, IconKey } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Key } from '../../../../shared/features/keys/keys.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { keyLogPageSize, useKeyLog } from '../api/get-key-log.ts';

/** Who took the key and gave it back, newest first, a page at a time. */
export function KeyLog({ customerId, keyItem }: { customerId: string; keyItem: Key }) {
  const { t } = useTranslation('keys');
  const [page, setPage] = useState(1);
  const query = useKeyLog(customerId, keyItem.id, page);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('log.loadFailed')} />;
  if (!query.data) return <Skeleton height={160} radius="md" />;
  if (query.data.total === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('log.empty')}
      </Text>
    );
  }
  const nameOf = (person: { name: string } | null) => person?.name ?? t('log.someone');
  return (
    <Stack gap="md" aria-busy={query.isFetching}>
      <Timeline bulletSize={24} lineWidth={2}>
        {query.data.items.map((entry) => (
          <Timeline.Item key={entry.id} bullet={entry.kind === 'checked_out' ? <IconKey size={14} aria-hidden /> : <IconArrowBackUp size={14} aria-hidden />} title={t(`log.${entry.kind}`, { name: nameOf(entry.staff) })}>
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at)} · {t('log.recordedBy', { name: nameOf(entry.recordedBy) })}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      <PaginationFooter page={page} pageSize={keyLogPageSize} total={query.data.total} onPageChange={setPage} />
    </Stack>
  );
}
