import { useDocumentTitle } from '@mantine/hooks';

/** Sets the browser tab title, e.g. "Customers · Porter"; the portal passes the company's name as brand. */
export function usePageTitle(title: string, brand = 'Porter'): void {
  useDocumentTitle(`${title} · ${brand}`);
}
