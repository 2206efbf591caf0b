import { Container } from '@mantine/core';
import { InspectLocation } from '../field/inspect-page.tsx';

/** The same form as the field app's, at a phone's width even on a desk: one area under the other. */
export function OfficeInspectPage() {
  return (
    <Container size="sm" px={0}>
      <InspectLocation />
    </Container>
  );
}
