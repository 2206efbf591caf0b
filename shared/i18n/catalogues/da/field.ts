import type { Translation } from '../../translation.ts';
import type { field as english } from '../en/field.ts';

export const field: Translation<typeof english> = {
};
