import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChatConversation } from '../../../features/chat/components/chat-conversation.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

/** The selected location's conversation with the company: every portal user of the location takes part. */
export function PortalChatPage() {
  const { t } = useTranslation('chat');
  const { slug, me, location, readOnly } = usePortalPage();
  usePageTitle(t('title'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('title')} description={location ? t('description', { company: me.company.displayName, location: location.name }) : undefined} />
      {location ? <ChatConversation key={location.id} side={{ kind: 'portal', slug }} locationId={location.id} readOnly={readOnly} /> : null}
    </Stack>
  );
}
