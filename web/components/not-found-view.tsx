import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapPinQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/use-page-title.ts';
import { ButtonLink } from './router-links.tsx';

interface NotFoundViewProps {
  /** "Page not found" by default. */
  title?: string;
  message?: string;
}

export function NotFoundView({ title: givenTitle, message }: NotFoundViewProps) {
  const { t } = useTranslation('app');
  const title = givenTitle ?? t('notFound.title');
  usePageTitle(title);
  return (
    <Center mih="70vh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconMapPinQuestion size={30} aria-hidden />
        </ThemeIcon>
        <Text fw={700} c="dimmed" fz="sm">
          404
        </Text>
        <Title order={1} fz={26}>
          {title}
        </Title>
        <Text c="dimmed">{message ?? t('notFound.message')}</Text>
        <ButtonLink to="/" mt="sm">
          {t('notFound.home')}
        </ButtonLink>
      </Stack>
    </Center>
  );
}
