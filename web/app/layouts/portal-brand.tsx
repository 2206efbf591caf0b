import { Image, Stack, Text } from '@mantine/core';
import type { PortalInfo } from '../../../shared/features/auth/portal-auth.contract.ts';
import { CompanyMonogram } from '../../components/logo-mark.tsx';

/** The cleaning company's logo (or its monogram) and name, large, above its portal's sign-in forms. */
export function PortalBrand({ portal }: { portal: PortalInfo }) {
  const { displayName } = portal.company;
  return (
    <Stack align="center" gap="sm">
      {portal.branding.logoUrl ? (
        <Image src={portal.branding.logoUrl} alt="" mah={72} maw={240} w="auto" fit="contain" />
      ) : (
        <CompanyMonogram name={displayName} color={portal.branding.brandColor} size={56} />
      )}
      <Text fz={{ base: 26, sm: 30 }} fw={800} ta="center" lh={1.2} lts={-0.5}>
        {displayName}
      </Text>
    </Stack>
  );
}
