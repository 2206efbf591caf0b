import { Group, Pagination, Text } from '@mantine/core';
import { formatNumber } from '../lib/format.ts';
import { useTranslation } from 'react-i18next';

interface PaginationFooterProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
  /** What is counted, when not rows of a list: "Team members 1–12 of 40". */
  showing?: (range: { from: string; to: string; total: string }) => string;
}

/** "Showing 1–25 of 63" plus page buttons, hidden when everything fits on one page. */
export function PaginationFooter({ page, pageSize, total, onPageChange, showing }: PaginationFooterProps) {
  const { t } = useTranslation(['app', 'common']);
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {(showing ?? ((range) => t('pagination.showing', range)))({ from: formatNumber(first), to: formatNumber(last), total: formatNumber(total) })}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          onChange={onPageChange}
          size="sm"
          siblings={1}
          role="navigation"
          aria-label={t('pagination.label')}
          getControlProps={(control) => ({ 'aria-label': control === 'next' ? t('common:pagination.next') : t('common:pagination.previous') })}
          getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
        />
      ) : null}
    </Group>
  );
}
