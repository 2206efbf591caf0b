import { Badge, Card, Group, SimpleGrid, Text, Title, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailField } from '../../../components/detail-field.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useChangePassword } from '../../../features/auth/api/change-password.ts';
import { ChangePasswordForm } from '../../../features/auth/components/change-password-form.tsx';
import { useOwnProfile } from '../../../features/staff/api/get-own-profile.ts';
import { useUpdateOwnProfile } from '../../../features/staff/api/update-own-profile.ts';
import { MobileProfileForm } from '../../../features/staff/components/mobile-profile-form.tsx';
import { OwnPhotoCard } from '../../../features/staff/components/own-photo-card.tsx';
import { CalendarLinkCard } from '../../../features/visits/components/calendar-link-card.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useStaffMe } from '../../../features/auth/api/get-staff-me.ts';
import { LanguageForm } from '../../../features/auth/components/language-form.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

function MobileCard() {
  const { t } = useTranslation('profile');
  const profile = useOwnProfile();
  const mutation = useUpdateOwnProfile();

  function renderBody() {
    if (profile.data) {
      return (
        <MobileProfileForm
          member={profile.data}
          mutation={mutation}
          onSaved={() => { notifySaved(t('office.mobileSaved')); }}
        />
      );
    }
    if (profile.isError) {
      return <LoadErrorAlert error={profile.error} onRetry={() => void profile.refetch()} title={t('office.loadFailed')} />;
    }
    return <TableSkeleton rows={3} />;
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {t('office.mobileTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('office.mobileText')}
      </Text>
      {renderBody()}
    </Card>
  );
}

export function ProfilePage() {
  const { t } = useTranslation(['profile', 'common', 'app']);
  usePageTitle(t('office.title'));
  const context = officeRoute.useRouteContext();
  const me = useStaffMe().data ?? context.me;
  const changePassword = useChangePassword();

  return (
    <>
      <PageHeader title={t('office.title')} description={t('office.description')} />
      <Stack gap="lg" maw={720}>
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            {t('office.details')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <DetailField label={t('common:fields.name')}>{me.user.name}</DetailField>
            <DetailField label={t('common:fields.email')}>{me.user.email}</DetailField>
            <DetailField label={t('common:fields.role')}>
              <Group>
                <Badge variant="light">{t(`app:roles.${me.user.role}`)}</Badge>
              </Group>
            </DetailField>
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="md">
            {t('office.detailsHint')}
          </Text>
        </Card>
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            {t('language.title')}
          </Title>
          <LanguageForm owner={{ area: 'office' }} chosen={me.user.language} />
        </Card>
        <OwnPhotoCard />
        <MobileCard />
        <CalendarLinkCard />
        <Card withBorder padding="lg" shadow="xs">
          <Title order={2} fz="lg" mb="md">
            {t('changePassword.title')}
          </Title>
          <ChangePasswordForm mutation={changePassword} />
        </Card>
      </Stack>
    </>
  );
}
