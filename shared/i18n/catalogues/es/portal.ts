import type { Translation } from '../../translation.ts';
import type { portal as english } from '../en/portal.ts';

export const portal: Translation<typeof english> = {
};
