import type { Translation } from '../../translation.ts';
import type { supplies as english } from '../en/supplies.ts';

export const supplies: Translation<typeof english> = {
};
