import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** How a message reaches a contact: email, or a text through the text messaging add-on. */
export const messageChannels = ['email', 'text'] as const;
export const messageChannelSchema = z.enum(messageChannels, { error: errorKey('contactMessages.chooseChannel') });
export type MessageChannel = z.infer<typeof messageChannelSchema>;

export const maxMessageSubjectLength = 150;
export const maxEmailMessageLength = 5000;
/** A text is cut by the carrier after about this many characters, so the form stops there. */
export const maxTextMessageLength = 140;

const body = (max: number) =>
  z
    .string()
    .trim()
    .min(1, errorKey('contactMessages.enterBody'))
    .max(max, errorKey('validation.tooLong'))
    .describe(`The message, at most ${max} characters`);

export const contactMessageInputSchema = z.discriminatedUnion('channel', [
  z.object({
    channel: z.literal('email'),
    subject: z
      .string()
      .trim()
      .min(1, errorKey('contactMessages.enterSubject'))
      .max(maxMessageSubjectLength, errorKey('validation.tooLong'))
      .describe('The email’s subject line'),
    body: body(maxEmailMessageLength),
  }),
  z.object({ channel: z.literal('text'), body: body(maxTextMessageLength) }),
], { error: errorKey('contactMessages.chooseChannel') });
export type ContactMessageInput = z.input<typeof contactMessageInputSchema>;

export const contactMessageSentSchema = z.object({
  channel: messageChannelSchema,
  to: z.string().describe('The email address or mobile number it went to'),
});
export type ContactMessageSent = z.infer<typeof contactMessageSentSchema>;
