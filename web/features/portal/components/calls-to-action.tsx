import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * What the dashboard asks of the customer, first thing: rate the last job now; accept new terms
 * and pay an open balance later. Each call to action renders itself, or nothing when it has
 * nothing to ask.
 */
export function CallsToAction({ children }: { children: ReactNode }) {
  return <Stack gap="md">{children}</Stack>;
}
