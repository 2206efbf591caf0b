import { Anchor, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';

// A web address, or the placeholder the server writes where a secret link was ("[link hidden: …]").
const urlPattern = /https?:\/\/[^\s<>"]+|\[link hidden: [^\]\n]+\]/g;
const trailingPunctuation = /[.,;:!?)\]'’]+$/;

function renderLink(url: string, key: number) {
  const sameOrigin = new URL(url, window.location.href).origin === window.location.origin;
  return (
    <Anchor key={key} href={url} {...(sameOrigin ? {} : { target: '_blank', rel: 'noreferrer' })}>
      {url}
    </Anchor>
  );
}

/** Set apart from the text, so nobody mistakes it for a broken link or for words of the email. */
function renderHiddenLink(placeholder: string, key: number) {
  return (
    <Text key={key} span size="sm" c="dimmed" fs="italic" style={{ whiteSpace: 'nowrap' }}>
      <IconLock size={14} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
      {placeholder.slice(1, -1)}
    </Text>
  );
}

/** Plain text with its web addresses turned into links, e.g. the portal address in an email. */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(urlPattern)) {
    const hidden = match[0].startsWith('[');
    const found = hidden ? match[0] : match[0].replace(trailingPunctuation, '');
    parts.push(text.slice(last, match.index), hidden ? renderHiddenLink(found, match.index) : renderLink(found, match.index));
    last = match.index + found.length;
  }
  parts.push(text.slice(last));

  return (
    <Text component="div" size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {parts}
    </Text>
  );
}
