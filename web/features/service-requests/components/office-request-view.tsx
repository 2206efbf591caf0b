import { Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { AttachmentThumbnails } from '../../../components/attachment-thumbnails.tsx';
import { DetailField } from '../../../components/detail-field.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatAge, formatDateTime } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useSendOfficeMessage } from '../api/send-office-message.ts';
import { uploadOfficeAttachment } from '../api/upload-office-attachment.ts';
import { RequestAssigneeSelect, type StaffOption } from './request-assignee-select.tsx';
import { RequestComposer } from './request-composer.tsx';
import { RequestConversation } from './request-conversation.tsx';
import { RequestStatusActions } from './request-status-actions.tsx';
import { RequestStatusBadge } from './request-status-badge.tsx';

interface OfficeRequestViewProps {
  request: OfficeRequestDetail;
  /** Managers and up choose who looks after a request; every office user may reply and move its status. */
  canAssign: boolean;
  /** People the request can be assigned to; empty when the viewer may not list staff. */
  staff: StaffOption[];
}

function RequestHeader({ request }: { request: OfficeRequestDetail }) {
  const { t } = useTranslation('serviceRequests');
  const now = useNow();
  const age = formatAge(request.createdAt, now);
  return (
    <Stack gap={6} mb="lg">
      <Group gap="sm" align="center" wrap="wrap">
        <Text fw={700} c="dimmed" ff="monospace">
          {request.reference}
        </Text>
        <RequestStatusBadge status={request.status} audience="office" size="lg" />
      </Group>
      <Title order={1} fz={{ base: 24, sm: 28 }} style={{ overflowWrap: 'anywhere' }}>
        {request.subject}
      </Title>
      <Group gap="lg" c="dimmed" wrap="wrap">
        <Group gap={6} wrap="nowrap">
          <IconBuildingStore size={16} aria-hidden />
          <AnchorLink to="/office/customers/$customerId" params={{ customerId: request.customerId }} fw={500}>
            {request.customerName}
          </AnchorLink>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={16} aria-hidden />
          <AnchorLink to="/office/locations/$locationId" params={{ locationId: request.locationId }} fw={500}>
            {request.locationName}
          </AnchorLink>
        </Group>
        <Text size="sm">
          {request.requestedBy ? t('detail.requestedBy', { name: request.requestedBy, age }) : t('detail.requested', { age })}
        </Text>
        {request.visit ? (
          <Text size="sm">{t('detail.aboutVisit', { service: request.visit.name, when: formatDateTime(request.visit.startsAt, request.visit.timeZone) })}</Text>
        ) : null}
      </Group>
    </Stack>
  );
}

export function OfficeRequestView({ request, canAssign, staff }: OfficeRequestViewProps) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const reply = useSendOfficeMessage(request.id);
  const finished = request.status === 'resolved' || request.status === 'closed';

  return (
    <>
      <RequestHeader request={request} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="lg">
            <Card withBorder padding="lg" shadow="xs">
              <Title order={2} fz="lg" mb="sm">
                {t('detail.request')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} mb={request.attachments.length > 0 ? 'md' : 0}>
                {request.text}
              </Text>
              <AttachmentThumbnails attachments={request.attachments} />
            </Card>
            <Stack gap="sm" component="section" aria-labelledby="conversation-title">
              <Title order={2} fz="lg" id="conversation-title">
                {t('conversation.title')}
              </Title>
              <RequestConversation messages={request.messages} audience="office" zone={request.locationTimeZone} />
            </Stack>
            <Card withBorder padding="lg" shadow="xs">
              <Title order={2} fz="lg" mb="sm">
                {finished ? t('detail.addNote') : t('detail.reply')}
              </Title>
              <RequestComposer
                mutation={reply}
                upload={(file) => uploadOfficeAttachment(request.locationId, file)}
                allowInternal
              />
            </Card>
          </Stack>
        </Grid.Col>
        {/* On phones the status, actions and assignee come first, before a long conversation. */}
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Card withBorder padding="lg" shadow="xs" style={{ position: 'sticky', top: 76 }}>
            <Stack gap="md">
              <RequestStatusActions request={request} />
              {canAssign && staff.length > 0 ? (
                <RequestAssigneeSelect key={request.assigneeId ?? 'none'} request={request} staff={staff} />
              ) : (
                <DetailField label={t('detail.fields.assignee')}>{request.assigneeName ?? t('common:states.unassigned')}</DetailField>
              )}
              <SimpleGrid cols={{ base: 2, md: 1 }} spacing="md">
                <DetailField label={t('detail.fields.requestedBy')}>{request.requestedBy}</DetailField>
                <DetailField label={t('detail.fields.opened')}>
                  <PlaceTime at={request.createdAt} zone={request.locationTimeZone} />
                </DetailField>
                <DetailField label={t('detail.fields.lastUpdate')}>
                  <PlaceTime at={request.updatedAt} zone={request.locationTimeZone} />
                </DetailField>
                {request.resolvedAt ? (
                  <DetailField label={t('detail.fields.resolved')}>
                    <PlaceTime at={request.resolvedAt} zone={request.locationTimeZone} />
                  </DetailField>
                ) : null}
                {request.closedAt ? (
                  <DetailField label={t('detail.fields.closed')}>
                    <PlaceTime at={request.closedAt} zone={request.locationTimeZone} />
                  </DetailField>
                ) : null}
              </SimpleGrid>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
