import type { Translation } from '../../translation.ts';
import type { serviceRequests as english } from '../en/service-requests.ts';

export const serviceRequests: Translation<typeof english> = {
};
