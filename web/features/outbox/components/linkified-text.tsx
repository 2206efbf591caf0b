import { Anchor, Text } from '@mantine/core';
import type { ReactNode } from 'react';

const urlPattern = /https?:\/\/[^\s<>"]+/g;
const trailingPunctuation = /[.,;:!?)\]'’]+$/;

function renderLink(url: string, key: number) {
  const sameOrigin = new URL(url, window.location.href).origin === window.location.origin;
  return (
    <Anchor key={key} href={url} {...(sameOrigin ? {} : { target: '_blank', rel: 'noreferrer' })}>
      {url}
    </Anchor>
  );
}

/** Plain text with its web addresses turned into links, e.g. the portal address in an email. */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const url = match[0].replace(trailingPunctuation, '');
    parts.push(text.slice(last, match.index), renderLink(url, match.index));
    last = match.index + url.length;
  }
  parts.push(text.slice(last));

  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts}
    </Text>
  );
}
