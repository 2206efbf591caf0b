import { Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { seesAllChats } from '../../../../shared/features/chat/chat.policy.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { useThread } from '../../../features/chat/api/get-thread.ts';
import { ChatConversation } from '../../../features/chat/components/chat-conversation.tsx';
import { ConversationList } from '../../../features/chat/components/conversation-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');
const listRoute = getRouteApi('/office/chat');
const conversationRoute = getRouteApi('/office/chat/$locationId');
const officeSide = { kind: 'office' } as const;

export function ChatListPage() {
  const { t } = useTranslation('chat');
  const { me } = officeRoute.useRouteContext();
  const { page = 1 } = listRoute.useSearch();
  const navigate = useNavigate({ from: '/office/chat' });
  usePageTitle(t('office.title'));
  return (
    <Stack gap="lg" maw={840}>
      <PageHeader title={t('office.title')} description={t('office.description')} />
      {seesAllChats(me.user) ? <Text c="dimmed">{t('office.everyLocation')}</Text> : null}
      <ConversationList page={page} onPageChange={(next) => void navigate({ search: { page: next === 1 ? undefined : next } })} />
    </Stack>
  );
}

export function ChatConversationPage() {
  const { t } = useTranslation('chat');
  const { locationId } = conversationRoute.useParams();
  const location = useThread(officeSide, locationId).data?.pages[0]?.location;
  const title = location ? `${location.customerName} — ${location.name}` : t('office.title');
  usePageTitle(title);
  return (
    <Stack gap="md" maw={840}>
      <AnchorLink to="/office/chat" size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('office.back')}
      </AnchorLink>
      <PageHeader title={title} description={location ? t('office.intro', { location: location.name }) : undefined} />
      <ChatConversation side={officeSide} locationId={locationId} canRemove />
    </Stack>
  );
}
