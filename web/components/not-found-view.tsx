import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMapPinQuestion } from '@tabler/icons-react';
import { usePageTitle } from '../lib/use-page-title.ts';
import { ButtonLink } from './router-links.tsx';

interface NotFoundViewProps {
  title?: string;
  message?: string;
}

export function NotFoundView({
  title = 'Page not found',
  message = 'The address may be mistyped, or the page has moved.',
}: NotFoundViewProps) {
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
        <Text c="dimmed">{message}</Text>
        <ButtonLink to="/" mt="sm">
          Go to the home page
        </ButtonLink>
      </Stack>
    </Center>
  );
}
