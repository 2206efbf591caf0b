import { Group, Pagination, Text } from '@mantine/core';

interface PaginationFooterProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

/** "Showing 1–25 of 63" plus page buttons, hidden when everything fits on one page. */
export function PaginationFooter({ page, pageSize, total, onPageChange }: PaginationFooterProps) {
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {first}–{last} of {total}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          onChange={onPageChange}
          size="sm"
          siblings={1}
          role="navigation"
          aria-label="Pagination"
          getControlProps={(control) => ({ 'aria-label': control === 'next' ? 'Next page' : 'Previous page' })}
          getItemProps={(item) => ({ 'aria-label': `Page ${String(item)}` })}
        />
      ) : null}
    </Group>
  );
}
