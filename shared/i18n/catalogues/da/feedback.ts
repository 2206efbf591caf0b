import type { Translation } from '../../translation.ts';
import type { feedback as english } from '../en/feedback.ts';

export const feedback: Translation<typeof english> = {
};
