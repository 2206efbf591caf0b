import { describe, expect, it } from 'vitest';
import { startTestPorter, testDialects } from '../test/harness.ts';
import { createTenant } from '../test/factories.ts';

describe.each(testDialects())('the request log on %s', (kind) => {
  it('records the addresses people open without the tokens of their reset, invitation and email-change links', async () => {
    const lines: string[] = [];
    const porter = await startTestPorter(kind, { LOG_LEVEL: 'info' }, { logStream: { write: (line) => lines.push(line) } });
    const tenant = await createTenant(porter.ctx.db);
    const secrets = ['resetSecretAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'inviteSecretBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', 'emailSecretCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC'];
    await porter.app.inject({ url: `/reset-password?token=${secrets[0]}` });
    await porter.app.inject({ url: `/portal/${tenant.slug}/accept-invitation?lang=en&token=${secrets[1]}` });
    await porter.app.inject({ url: `/portal/${tenant.slug}/confirm-email?TOKEN=${secrets[2]}#top` });
    await porter.close();

    const log = lines.join('');
    expect(log).toContain('"url":"/reset-password?token=[redacted]"');
    expect(log).toContain(`"url":"/portal/${tenant.slug}/accept-invitation?lang=en&token=[redacted]"`);
    for (const secret of secrets) expect(log).not.toContain(secret);
  });
});
