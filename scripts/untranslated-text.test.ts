import { describe, expect, it } from 'vitest';
import { filesToCheck, findUntranslated } from './untranslated-text.ts';

describe('words people read', () => {
  it('come from the catalogues, not from literals in the web, contract or server code', () => {
    const findings = filesToCheck().flatMap((file) => findUntranslated(file).map((finding) => `${finding.file}:${String(finding.line)}  ${finding.text}`));
    expect(findings).toEqual([]);
  });

  it('finds text in JSX, in text props, in conditional values, in notices and in emails', () => {
    const code = [
      "const a = <Button>Save</Button>;",
      "const b = <TextInput label=\"Email\" placeholder={'you@example.com'} />;",
      "const c = <Text>{open ? 'Open' : t('closed')}</Text>;",
      "notifySaved('The customer was saved');",
      "const mail = { to, subject: `Welcome to ${name}`, text: body };",
      "const d = <Badge color=\"teal\" variant=\"light\">{t('ok')}</Badge>;",
      "// i18n-exempt: the product's own name",
      "const e = <Title>Porter</Title>;",
    ].join('\n');
    const found = findUntranslated('/tmp/sample.tsx', code).map((finding) => finding.text);
    expect(found).toEqual(['Save', 'Email', 'you@example.com', 'Open', 'The customer was saved', '`Welcome to ${name}`']);
  });
});
