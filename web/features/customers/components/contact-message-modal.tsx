import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contactMessageInputSchema,
  maxEmailMessageLength,
  maxMessageSubjectLength,
  maxTextMessageLength,
  type ContactMessageSent,
  type MessageChannel,
} from '../../../../shared/features/customers/contact-messages.contract.ts';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useSendContactMessage } from '../api/send-contact-message.ts';

type Contact = CustomerDetail['contacts'][number];

/** The channels a contact can be reached on: email with an address, text with the add-on and a mobile whose carrier is known. */
export function channelsFor(contact: Contact, textsOn: boolean): MessageChannel[] {
  const channels: MessageChannel[] = [];
  if (contact.email) channels.push('email');
  if (textsOn && contact.mobile && contact.mobileCarrier) channels.push('text');
  return channels;
}

function MessageForm({ customerId, contact, channels, sender, onSent, onCancel }: { customerId: string; contact: Contact; channels: MessageChannel[]; sender: string; onSent: (sent: ContactMessageSent) => void; onCancel: () => void }) {
  const { t } = useTranslation('customers');
  const send = useSendContactMessage(customerId, contact.id);
  const [channel, setChannel] = useState<MessageChannel>(channels[0] ?? 'email');
  const [length, setLength] = useState(0);
  const max = channel === 'email' ? maxEmailMessageLength : maxTextMessageLength;
  const { errors, formProps } = useFormSubmit({
    schema: contactMessageInputSchema,
    mutation: send,
    onValid: (values) => { send.mutate(values, { onSuccess: onSent }); },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={send.error} />
        <input type="hidden" name="channel" value={channel} />
        {channels.length > 1 ? (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="message-channel">
              {t('message.channel')}
            </Text>
            <SegmentedControl
              aria-labelledby="message-channel"
              value={channel}
              onChange={(value) => { setChannel(value === 'text' ? 'text' : 'email'); send.reset(); }}
              data={channels.map((value) => ({ value, label: t(`message.channels.${value}`) }))}
            />
          </Stack>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('message.to', { address: channel === 'email' ? contact.email : contact.mobile })}
        </Text>
        {channel === 'email' ? <TextInput name="subject" label={t('message.subject')} maxLength={maxMessageSubjectLength} error={errors.subject} required data-autofocus /> : null}
        <Textarea
          key={channel}
          name="body"
          label={t('message.body')}
          error={errors.body}
          required
          autosize
          minRows={channel === 'email' ? 5 : 2}
          maxLength={max}
          description={t('message.counter', { count: length, max })}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          onChange={(event) => { setLength(event.currentTarget.value.length); }}
        />
        <Text size="xs" c="dimmed">
          {channel === 'email' ? t('message.emailHint', { email: sender }) : t('message.textHint', { max: maxTextMessageLength })}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('message.cancel')}
          </Button>
          <Button type="submit" loading={send.isPending}>
            {t('message.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Writes one contact a message from the office: an email answered to the writer, or a text where the
 * text messaging add-on is on. Offered only for a contact with somewhere to send it.
 */
export function ContactMessageModal({ customerId, contact, textsOn, sender, onClose }: { customerId: string; contact: Contact | null; textsOn: boolean; sender: string; onClose: () => void }) {
  const { t } = useTranslation('customers');
  const [sent, setSent] = useState<ContactMessageSent | null>(null);
  const close = () => {
    setSent(null);
    onClose();
  };
  return (
    <Modal opened={contact !== null} onClose={close} title={<Text fw={700}>{contact ? t('message.title', { name: contact.name }) : ''}</Text>} centered size="lg">
      {contact && sent ? (
        <Stack gap="md">
          <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} aria-hidden />} title={t('message.sentTitle')}>
            {sent.channel === 'email' ? t('message.sentEmail', { to: sent.to }) : t('message.sentText', { to: sent.to })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>{t('message.close')}</Button>
          </Group>
        </Stack>
      ) : null}
      {contact && !sent ? <MessageForm key={contact.id} customerId={customerId} contact={contact} channels={channelsFor(contact, textsOn)} sender={sender} onSent={setSent} onCancel={close} /> : null}
    </Modal>
  );
}
