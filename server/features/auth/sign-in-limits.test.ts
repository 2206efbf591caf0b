import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutes, seconds } from '../../lib/time.ts';
import { startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };

describe.each(testDialects())('sign-in limits on %s', (kind) => {
  const clock = testClock();
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  const login = (email: string, password: string, remoteAddress = '192.0.2.1') =>
    porter.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress, headers: json, payload: { email, password } });
  const statuses = (responses: { statusCode: number }[]) => responses.map((r) => r.statusCode);

  it('evaluates only five of a hundred parallel wrong passwords for one account', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    const answers = statuses(await Promise.all(Array.from({ length: 100 }, () => login(staff.email, 'wrong-password-here', '192.0.2.10'))));
    expect(answers.filter((s) => s === 401)).toHaveLength(5);
    expect(answers.filter((s) => s === 429)).toHaveLength(95);
  });

  it('lets no right password through in a parallel burst once the wrong ones have used the free attempts', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    await Promise.all(Array.from({ length: 5 }, () => login(staff.email, 'wrong-password-here', '192.0.2.11')));
    const burst = statuses(await Promise.all(Array.from({ length: 30 }, (_, i) => login(staff.email, i === 29 ? testPassword : 'wrong-password-here', '192.0.2.11'))));
    expect(burst).toEqual(Array.from({ length: 30 }, () => 429));
  });

  it('makes the next attempt wait 1 s, then 2 s, then 4 s, and lets the right password in once the wait is over', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    for (let i = 0; i < 5; i++) expect((await login(staff.email, 'wrong-password-here')).statusCode).toBe(401);

    const early = await login(staff.email, testPassword);
    expect(early.statusCode).toBe(429);
    expect(early.headers['retry-after']).toBe('1');
    expect(early.json().error.message).toBe('Too many sign-in attempts. Please wait 1 second and try again.');
    clock.advance(seconds(1) - 1);
    expect((await login(staff.email, testPassword)).statusCode).toBe(429);
    clock.advance(1);
    expect((await login(staff.email, 'wrong-password-here')).statusCode).toBe(401);

    const second = await login(staff.email, testPassword);
    expect(second.headers['retry-after']).toBe('2');
    clock.advance(seconds(2) - 1);
    expect((await login(staff.email, testPassword)).statusCode).toBe(429);
    clock.advance(1);
    expect((await login(staff.email, 'wrong-password-here')).statusCode).toBe(401);
    expect((await login(staff.email, testPassword)).headers['retry-after']).toBe('4');
    clock.advance(seconds(4));
    expect((await login(staff.email, testPassword)).statusCode).toBe(200);

    // The success forgot the count: five free attempts again.
    for (let i = 0; i < 5; i++) expect((await login(staff.email, 'wrong-password-here')).statusCode).toBe(401);
  });

  it('never makes anyone wait more than five minutes, however long a stranger keeps guessing', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    let longest = 0;
    for (let i = 0; i < 30; i++) {
      const answer = await login(staff.email, 'wrong-password-here', '198.51.100.7');
      if (answer.statusCode === 429) {
        const wait = Number(answer.headers['retry-after']);
        expect(wait).toBeLessThanOrEqual(300);
        longest = Math.max(longest, wait);
        clock.advance(seconds(wait));
      }
    }
    expect(longest).toBe(300);
    expect((await login(staff.email, 'wrong-password-here', '198.51.100.7')).statusCode).toBe(401);
    const capped = await login(staff.email, testPassword, '198.51.100.7');
    expect(capped.statusCode).toBe(429);
    expect(capped.headers['retry-after']).toBe('300');
    clock.advance(minutes(5) - 1);
    expect((await login(staff.email, testPassword, '198.51.100.7')).statusCode).toBe(429);
    clock.advance(1);
    expect((await login(staff.email, testPassword, '198.51.100.7')).statusCode).toBe(200);
  });

  it('does not slow the owner down because a stranger elsewhere guessed their password', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    for (let i = 0; i < 6; i++) await login(staff.email, 'wrong-password-here', '203.0.113.66');
    expect((await login(staff.email, 'wrong-password-here', '203.0.113.66')).statusCode).toBe(429);
    expect((await login(staff.email, testPassword, '192.0.2.50')).statusCode).toBe(200);
  });

  it('slows an account guessed at from twenty addresses by a second, not more, for its owner', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    for (let i = 0; i < 20; i++) expect((await login(staff.email, 'wrong-password-here', `203.0.113.${100 + i}`)).statusCode).toBe(401);
    const owner = await login(staff.email, testPassword, '192.0.2.51');
    expect(owner.statusCode).toBe(429);
    expect(owner.headers['retry-after']).toBe('1');
    clock.advance(seconds(1));
    expect((await login(staff.email, testPassword, '192.0.2.51')).statusCode).toBe(200);
  });

  it('counts again from zero after fifteen quiet minutes', async () => {
    const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    for (let i = 0; i < 4; i++) await login(staff.email, 'wrong-password-here');
    clock.advance(minutes(15));
    for (let i = 0; i < 4; i++) expect((await login(staff.email, 'wrong-password-here')).statusCode).toBe(401);
    expect((await login(staff.email, testPassword)).statusCode).toBe(200);
  });

  it('does not hold an office’s successful sign-ins against its shared address', async () => {
    for (let i = 0; i < 40; i++) {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
      expect((await login(staff.email, testPassword, '192.0.2.99')).statusCode).toBe(200);
    }
  });

  it('limits the portal sign-in the same way', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, remoteAddress: '192.0.2.77', headers: json, payload: { email: contact.email, password: 'wrong-password-here' } }),
      ),
    );
    expect(statuses(answers).filter((s) => s === 401)).toHaveLength(5);
  });
});

describe.each(testDialects())('client addresses behind a reverse proxy on %s', (kind) => {
  const wrongFrom = (porter: TestPorter, forwardedFor: string, i: number) =>
    porter.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '127.0.0.1',
      headers: { ...json, 'x-forwarded-for': forwardedFor },
      payload: { email: `nobody-${i}@example.test`, password: 'wrong-password-here' },
    });

  // A still clock: on a busy machine thirty password checks can outlast the one-second wait the thirtieth earns.
  it('with TRUST_PROXY, one client behind the proxy cannot slow down the others', async () => {
    const porter = await startTestPorter(kind, { TRUST_PROXY: '127.0.0.1' }, { now: testClock().now });
    const tenant = await createTenant(porter.ctx.db);
    for (let i = 0; i < 30; i++) await wrongFrom(porter, '203.0.113.5', i);
    expect((await wrongFrom(porter, '203.0.113.5', 99)).statusCode).toBe(429);
    const neighbour = await porter.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress: '127.0.0.1',
      headers: { ...json, 'x-forwarded-for': '203.0.113.6' },
      payload: { email: tenant.ownerEmail, password: testPassword },
    });
    expect(neighbour.statusCode).toBe(200);
    await porter.close();
  });

  it('without TRUST_PROXY, a forged X-Forwarded-For does not escape the limit', async () => {
    const porter = await startTestPorter(kind, {}, { now: testClock().now });
    for (let i = 0; i < 30; i++) await wrongFrom(porter, `203.0.113.${i}`, i);
    expect((await wrongFrom(porter, '203.0.113.200', 99)).statusCode).toBe(429);
    await porter.close();
  });
});
