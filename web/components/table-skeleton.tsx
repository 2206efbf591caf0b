import { Skeleton, Stack } from '@mantine/core';

export function TableSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Stack gap="sm" p="md" aria-busy="true" aria-label="Loading">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={28} radius="sm" />
      ))}
    </Stack>
  );
}
