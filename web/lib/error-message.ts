import { notifications } from '@mantine/notifications';
import { isApiError } from './api-client.ts';
import { i18n } from './i18n.ts';

// These helpers run in event handlers and mutation callbacks as well as in render, so they read
// the words from the app's one i18n instance at the moment they are shown.

/** Words to show for a failed request: the server's own (already in the person's language), except that a refusal by role is said kindly. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return i18n.t('common:errors.generic');
  if (error.code === 'forbidden') return i18n.t('common:errors.forbidden');
  return error.message;
}

/** For actions without a form to hold the error, like a switch that saves at once; titled "Not saved" by default. */
export function notifyError(error: unknown, title?: string): void {
  notifications.show({ color: 'red', title: title ?? i18n.t('common:errors.notSaved'), message: errorMessage(error) });
}

/** Titled "Saved" by default. */
export function notifySaved(message: string, title?: string): void {
  notifications.show({ color: 'teal', title: title ?? i18n.t('common:notices.saved'), message });
}
