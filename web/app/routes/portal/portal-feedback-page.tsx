import { Card, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { PortalFeedbackForm } from '../../../features/feedback/components/portal-feedback-form.tsx';
import { PortalFeedbackHistory } from '../../../features/feedback/components/portal-feedback-history.tsx';
import { FeatureUnavailable } from '../../../features/portal/components/feature-unavailable.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

export function PortalFeedbackPage() {
  const { t } = useTranslation('portal');
  const { slug, me, location, readOnly } = usePortalPage();
  usePageTitle(t('feedback.title'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('feedback.title')} description={location ? t('feedback.description', { location: location.name }) : undefined} />
      {readOnly ? <ReadOnlyNotice /> : null}
      {location?.features.feedback ? (
        <Stack key={location.id} gap="xl">
          <Card withBorder radius="lg" padding="lg">
            <ReadOnlyFieldset readOnly={readOnly}>
              <PortalFeedbackForm slug={slug} locationId={location.id} locationName={location.name} />
            </ReadOnlyFieldset>
          </Card>
          <PortalFeedbackHistory slug={slug} locationId={location.id} />
        </Stack>
      ) : (
        <FeatureUnavailable slug={slug} feature="feedback" locationName={location?.name ?? null} companyName={me.company.displayName} />
      )}
    </Stack>
  );
}
