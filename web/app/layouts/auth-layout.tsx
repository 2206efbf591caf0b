import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LogoMark } from '../../components/logo-mark.tsx';
import classes from './auth-layout.module.css';

interface AuthLayoutProps {
  title: string;
  subtitle?: ReactNode;
  /** Replaces the Porter wordmark, e.g. with a cleaning company's own name on its portal. */
  brand?: ReactNode;
  wide?: boolean;
  footer?: ReactNode;
  children: ReactNode;
}

function PorterWordmark() {
  return (
    <Group gap={10} justify="center">
      <LogoMark size={40} />
      <Text fz={26} fw={800} lts={-0.5}>
        {/* i18n-exempt: the product's name, the same in every language */}
        Porter
      </Text>
    </Group>
  );
}

/** The centred card behind every sign-in, setup and password page. */
export function AuthLayout({ title, subtitle, brand, wide, footer, children }: AuthLayoutProps) {
  return (
    <main className={classes.page}>
      <Stack className={classes.panel} maw={wide ? 560 : 440} gap="lg">
        {brand ?? <PorterWordmark />}
        <Paper withBorder shadow="md" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
          <Stack gap={4} mb="lg">
            <Title order={1} fz={24}>
              {title}
            </Title>
            {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
          </Stack>
          {children}
        </Paper>
        {footer ? (
          <Text size="sm" c="dimmed" ta="center">
            {footer}
          </Text>
        ) : null}
      </Stack>
    </main>
  );
}
