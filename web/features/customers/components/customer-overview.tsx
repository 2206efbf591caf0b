import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconExternalLink, IconMail, IconMap, IconQrcode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { formatDate } from '../../../lib/format.ts';
import { mapSearchUrl } from '../../../lib/map-link.ts';
import { channelsFor, ContactMessageModal } from './contact-message-modal.tsx';
import { ContactQrModal } from './contact-qr-modal.tsx';

/** What the person looking may do with a contact: write to them (and whether texts are on), and where answers go. */
export type Messaging = { allowed: boolean; textsOn: boolean; sender: string };

function ContactsTable({ customerId, contacts, messaging }: { customerId: string; contacts: CustomerDetail['contacts']; messaging: Messaging }) {
  const { t } = useTranslation(['customers', 'common']);
  const [qrFor, setQrFor] = useState<{ id: string; name: string } | null>(null);
  const [messageTo, setMessageTo] = useState<CustomerDetail['contacts'][number] | null>(null);
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('overview.noContacts')}
      </Text>
    );
  }
  return (
    <>
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:fields.name')}</Table.Th>
            <Table.Th>{t('common:fields.email')}</Table.Th>
            <Table.Th>{t('common:fields.mobile')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('common:fields.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td fw={500}>{contact.name}</Table.Td>
              <Table.Td>{contact.email ? <Anchor href={`mailto:${contact.email}`} size="sm">{contact.email}</Anchor> : '—'}</Table.Td>
              <Table.Td>{contact.mobile ? <Anchor href={`tel:${contact.mobile}`} size="sm">{contact.mobile}</Anchor> : '—'}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {messaging.allowed && channelsFor(contact, messaging.textsOn).length > 0 ? (
                  <Button size="compact-sm" variant="subtle" leftSection={<IconMail size={14} aria-hidden />} aria-label={t('message.openNamed', { name: contact.name })} onClick={() => { setMessageTo(contact); }}>
                    {t('message.open')}
                  </Button>
                ) : null}
                <Button size="compact-sm" variant="subtle" leftSection={<IconQrcode size={14} aria-hidden />} aria-label={t('qr.openNamed', { name: contact.name })} onClick={() => { setQrFor(contact); }}>
                  {t('qr.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
    <ContactQrModal customerId={customerId} contact={qrFor} onClose={() => { setQrFor(null); }} />
    <ContactMessageModal customerId={customerId} contact={messageTo} textsOn={messaging.textsOn} sender={messaging.sender} onClose={() => { setMessageTo(null); }} />
    </>
  );
}

export function CustomerOverview({ customer, messaging }: { customer: CustomerDetail; messaging: Messaging }) {
  const { t } = useTranslation(['customers', 'common']);
  const fullAddress = [customer.billingAddress, customer.city].filter(Boolean).join(', ');
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb="md">
          {t('common:fields.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
          <DetailField label={t('common:fields.email')}>
            {customer.email ? <Anchor href={`mailto:${customer.email}`}>{customer.email}</Anchor> : null}
          </DetailField>
          <DetailField label={t('common:fields.phone')}>
            {customer.phone ? <Anchor href={`tel:${customer.phone}`}>{customer.phone}</Anchor> : null}
          </DetailField>
          <DetailField label={t('fields.website')}>
            {customer.website ? (
              <Anchor href={customer.website} target="_blank" rel="noopener noreferrer">
                <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
                  {customer.website.replace(/^https?:\/\//, '')}
                  <IconExternalLink size={14} aria-hidden />
                </Group>
              </Anchor>
            ) : null}
          </DetailField>
          <DetailField label={t('fields.billingAddress')}>
            {customer.billingAddress ? (
              <Stack gap={4}>
                <span>{customer.billingAddress}</span>
                <Anchor href={mapSearchUrl(fullAddress)} target="_blank" rel="noopener noreferrer" size="sm">
                  <Group gap={4} wrap="nowrap" component="span" display="inline-flex">
                    <IconMap size={14} aria-hidden />
                    {t('overview.showOnMap')}
                  </Group>
                </Anchor>
              </Stack>
            ) : null}
          </DetailField>
          <DetailField label={t('fields.city')}>{customer.city}</DetailField>
          <DetailField label={t('fields.customerSince')}>{formatDate(customer.createdAt)}</DetailField>
        </SimpleGrid>
        {customer.comments ? (
          <Stack gap={2} mt="lg">
            <Text size="sm" c="dimmed">
              {t('fields.comments')}
            </Text>
            <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{customer.comments}</Text>
          </Stack>
        ) : null}
      </Card>
      <Card withBorder padding="lg" shadow="xs">
        <Title order={2} fz="lg" mb="md">
          {t('overview.contactPersons')}
        </Title>
        <ContactsTable customerId={customer.id} contacts={customer.contacts} messaging={messaging} />
      </Card>
    </Stack>
  );
}
