import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';

interface FeatureUnavailableProps {
  slug: string;
  feature: string;
  locationName: string | null;
  companyName: string;
}

/** The chosen location does not offer this feature (or there is no location at all). */
export function FeatureUnavailable({ slug, feature, locationName, companyName }: FeatureUnavailableProps) {
  return (
    <Paper withBorder radius="lg">
      <EmptyState
        icon={<IconLock size={28} />}
        title={locationName ? `Not available at ${locationName}` : 'Not available'}
        description={`“${feature}” is not switched on here. Choose another location above, or contact ${companyName} if you need it.`}
        action={
          <ButtonLink to="/portal/$slug" params={{ slug }} variant="light">
            Back to your locations
          </ButtonLink>
        }
      />
    </Paper>
  );
}
