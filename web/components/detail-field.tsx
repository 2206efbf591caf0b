import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A label above a value, for read-only details; an empty value shows a dash. */
export function DetailField({ label, children }: { label: string; children: ReactNode }) {
  const empty = children === null || children === undefined || children === '';
  return (
    <Stack gap={2} style={{ minWidth: 0 }}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={500} component="div" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {empty ? '—' : children}
      </Text>
    </Stack>
  );
}
