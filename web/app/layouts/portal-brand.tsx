import { Stack, Text } from '@mantine/core';
import { LogoMark } from '../../components/logo-mark.tsx';

/** The cleaning company's name, large, above its portal's sign-in forms. */
export function PortalBrand({ displayName }: { displayName: string }) {
  return (
    <Stack align="center" gap="sm">
      <LogoMark size={56} />
      <Text fz={{ base: 26, sm: 30 }} fw={800} ta="center" lh={1.2} lts={-0.5}>
        {displayName}
      </Text>
    </Stack>
  );
}
