import { Stack } from '@mantine/core';
import { IconClipboardCheck, IconUserCircle } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { inspectionsPolicy } from '../../../../shared/features/inspections/inspections.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { ButtonLink } from '../../../components/router-links.tsx';
import { TodayView } from '../../../features/field/components/today-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const fieldRoute = getRouteApi('/field');

export function TodayPage() {
  const { t } = useTranslation(['field', 'qualityChecks', 'profile']);
  const { me } = fieldRoute.useRouteContext();
  usePageTitle(t('today.title'));
  return (
    <Stack gap="lg">
      <TodayView />
      {/* Supervisors and managers inspect locations from here. */}
      {hasRoleAtLeast(me.user.role, inspectionsPolicy.inspect) ? (
        <ButtonLink to="/field/inspect" size="md" variant="light" leftSection={<IconClipboardCheck size={18} aria-hidden />}>
          {t('qualityChecks:inspect.fromField')}
        </ButtonLink>
      ) : null}
      <ButtonLink to="/field/photo" size="md" variant="default" leftSection={<IconUserCircle size={18} aria-hidden />}>
        {t('profile:photo.title')}
      </ButtonLink>
    </Stack>
  );
}
