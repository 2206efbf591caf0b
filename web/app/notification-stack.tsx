// Loaded with the first notification (see providers.tsx), with its own styles.
import '@mantine/notifications/styles.layer.css';

export { Notifications } from '@mantine/notifications';
