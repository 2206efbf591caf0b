import { Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/router-links.tsx';
import { OwnPhotoCard } from '../../../features/staff/components/own-photo-card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

/** Technicians never see the office profile page, so the field app lets them add their photo here. */
export function FieldPhotoPage() {
  const { t } = useTranslation('profile');
  usePageTitle(t('photo.title'));
  return (
    <Stack gap="sm">
      <AnchorLink to="/field" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('photo.back')}
        </Group>
      </AnchorLink>
      <OwnPhotoCard />
    </Stack>
  );
}
