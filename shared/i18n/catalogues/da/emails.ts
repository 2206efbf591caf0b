import type { Translation } from '../../translation.ts';
import type { emails as english } from '../en/emails.ts';

export const emails: Translation<typeof english> = {
};
