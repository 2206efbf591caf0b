import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/error-fallback.tsx';
import { i18n } from '../lib/i18n.ts';
import { createPorterTheme, cssVariablesResolver } from './theme.ts';

interface ProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

const Notifications = lazy(() => import('./notification-stack.tsx').then((module) => ({ default: module.Notifications })));

/** The notification stack and its transitions load with the first notification, not with every page. */
function NotificationsOnceShown() {
  const { notifications, queue } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length + queue.length > 0) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-right" />
    </Suspense>
  );
}

/** Mantine with Porter's theme, rebuilt when the language changes so its close buttons are named in it. */
function ThemedProviders({ queryClient, children }: ProvidersProps) {
  const { t } = useTranslation();
  const closeLabel = t('actions.close');
  const theme = useMemo(() => createPorterTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <NotificationsOnceShown />
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ErrorBoundary>
    </MantineProvider>
  );
}

export function Providers({ queryClient, children }: ProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemedProviders queryClient={queryClient}>{children}</ThemedProviders>
    </I18nextProvider>
  );
}
