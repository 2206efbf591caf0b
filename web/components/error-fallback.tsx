import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMoodSad, IconRefresh } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What people see when a screen crashes: no stack trace, just a way forward. */
export function ErrorFallback() {
  const { t } = useTranslation('app');
  return (
    <Center mih="60vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center" role="alert">
        <ThemeIcon size={56} radius="xl" variant="light" color="red">
          <IconMoodSad size={30} aria-hidden />
        </ThemeIcon>
        <Title order={1} fz={24}>
          {t('errorFallback.title')}
        </Title>
        <Text c="dimmed">{t('errorFallback.text')}</Text>
        <Button leftSection={<IconRefresh size={18} aria-hidden />} onClick={() => { window.location.reload(); }}>
          {t('errorFallback.reload')}
        </Button>
      </Stack>
    </Center>
  );
}

interface ErrorBoundaryState {
  failed: boolean;
}

/** Last line of defence around the whole app, for crashes outside the router's own error handling. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <ErrorFallback /> : this.props.children;
  }
}
