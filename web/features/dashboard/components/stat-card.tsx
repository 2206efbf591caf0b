import { Group, Paper, Skeleton, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumber } from '../../../lib/format.ts';

interface StatCardProps {
  label: string;
  value: number | undefined;
  hint: string;
  icon: ReactNode;
  color: string;
}

export function StatCard({ label, value, hint, icon, color }: StatCardProps) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'lg' }} shadow="xs">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text size="sm" c="dimmed" fw={600}>
            {label}
          </Text>
          {value === undefined ? (
            <Skeleton height={34} width={64} mt={6} />
          ) : (
            <Text fz={{ base: 28, sm: 32 }} fw={700} lh={1.2} mt={2}>
              {formatNumber(value)}
            </Text>
          )}
        </div>
        <ThemeIcon size={44} radius="md" variant="light" color={color} visibleFrom="sm">
          {icon}
        </ThemeIcon>
      </Group>
      <Text size="xs" c="dimmed" mt="sm">
        {hint}
      </Text>
    </Paper>
  );
}
