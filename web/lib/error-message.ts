import { notifications } from '@mantine/notifications';
import { isApiError } from './api-client.ts';

export const forbiddenMessage = 'Your role does not allow this. Ask an owner or admin if you need it.';

/** Words to show for a failed request: the server's own, except that a refusal by role is said kindly. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Please try again.';
  if (error.code === 'forbidden') return forbiddenMessage;
  return error.message;
}

/** For actions without a form to hold the error, like a switch that saves at once. */
export function notifyError(error: unknown, title = 'Not saved'): void {
  notifications.show({ color: 'red', title, message: errorMessage(error) });
}

export function notifySaved(message: string, title = 'Saved'): void {
  notifications.show({ color: 'teal', title, message });
}
