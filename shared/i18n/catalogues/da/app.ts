import type { Translation } from '../../translation.ts';
import type { app as english } from '../en/app.ts';

export const app: Translation<typeof english> = {
  skipLink: 'Gå til hovedindholdet',
};
