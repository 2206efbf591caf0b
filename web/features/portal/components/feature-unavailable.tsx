import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PortalFeature } from '../../../../shared/features/locations/locations.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';

interface FeatureUnavailableProps {
  slug: string;
  feature: PortalFeature;
  locationName: string | null;
  companyName: string;
}

/** The chosen location does not offer this feature (or there is no location at all). */
export function FeatureUnavailable({ slug, feature, locationName, companyName }: FeatureUnavailableProps) {
  const { t } = useTranslation('portal');
  return (
    <Paper withBorder radius="lg">
      <EmptyState
        icon={<IconLock size={28} />}
        title={locationName ? t('unavailable.titleAt', { location: locationName }) : t('unavailable.title')}
        description={t('unavailable.text', { feature: t(`features.${feature}.label`), company: companyName })}
        action={
          <ButtonLink to="/portal/$slug" params={{ slug }} variant="light">
            {t('back.home')}
          </ButtonLink>
        }
      />
    </Paper>
  );
}
