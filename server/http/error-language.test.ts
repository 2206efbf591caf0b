import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/errors.ts';
import { cookieFrom, startTestPorter, testClock, testDialects, type TestPorter } from '../test/harness.ts';
import { createStaff, createTenant, testPassword } from '../test/factories.ts';

const json = { 'content-type': 'application/json' };

/** The answer is `{ error: { code, message, fields? } }` and nothing else, in every language. */
function expectErrorShape(body: unknown): void {
  expect(apiErrorSchema.strict().safeParse(body).success).toBe(true);
  expect(Object.keys(body as object)).toEqual(['error']);
}

describe.each(testDialects())('error messages in the requester’s language on %s', (kind) => {
  const clock = testClock();
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  const login = (email: string, password: string, language?: string, remoteAddress = '192.0.2.1') =>
    porter.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      remoteAddress,
      headers: { ...json, ...(language ? { 'accept-language': language } : {}) },
      payload: { email, password },
    });

  describe('a validation failure from a contract', () => {
    it('names each field in Spanish, with the summary in Spanish', async () => {
      const response = await login('not-an-email', '', 'es-ES,es;q=0.9,en;q=0.5');
      expect(response.statusCode).toBe(400);
      const body = response.json();
      expectErrorShape(body);
      expect(body.error).toEqual({
        code: 'validation_failed',
        message: 'Revisa algunos campos: email: Introduce un correo electrónico válido, como nombre@ejemplo.com; password: Introduce tu contraseña.',
        fields: { email: 'Introduce un correo electrónico válido, como nombre@ejemplo.com', password: 'Introduce tu contraseña' },
      });
    });

    it('names each field in Danish, zod’s own checks included', async () => {
      const reset = await porter.app.inject({
        method: 'POST',
        url: '/api/auth/reset-password',
        headers: { ...json, 'accept-language': 'da' },
        payload: { token: 'short', password: 'x' },
      });
      expect(reset.statusCode).toBe(400);
      expectErrorShape(reset.json());
      expect(reset.json().error.fields).toEqual({ token: 'Brug mindst 20 tegn', password: 'Brug mindst 10 tegn' });

      const response = await login('not-an-email', '', 'da');
      expect(response.json().error.fields).toEqual({ email: 'Angiv en gyldig e-mailadresse, f.eks. navn@eksempel.dk', password: 'Angiv din adgangskode' });
    });

    it('stays in English for English, an unknown language or no header at all', async () => {
      for (const language of ['en-GB', 'fr-FR, de;q=0.8', undefined]) {
        const response = await login('not-an-email', '', language);
        expect(response.json().error).toEqual({
          code: 'validation_failed',
          message: 'Some fields need attention — email: Enter a valid email address, like name@example.com; password: Enter your password.',
          fields: { email: 'Enter a valid email address, like name@example.com', password: 'Enter your password' },
        });
      }
    });
  });

  describe('a service’s refusal', () => {
    it('says the wrong sign-in in the requester’s language', async () => {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
      const es = await login(staff.email, 'wrong-password-here', 'es', '192.0.2.2');
      expect(es.statusCode).toBe(401);
      expectErrorShape(es.json());
      expect(es.json().error).toEqual({
        code: 'invalid_credentials',
        message: 'Ese correo y esa contraseña no coinciden con ninguna cuenta. Revisa ambos e inténtalo de nuevo.',
      });
      const da = await login(staff.email, 'wrong-password-here', 'da', '192.0.2.3');
      expect(da.json().error.message).toBe('E-mailen og adgangskoden passer ikke til nogen konto. Tjek begge, og prøv igen.');
    });

    it('translates the message and each field message', async () => {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
      const cookie = cookieFrom(await login(staff.email, testPassword, undefined, '192.0.2.4'));
      const change = (language: string) =>
        porter.app.inject({
          method: 'POST',
          url: '/api/auth/change-password',
          remoteAddress: '192.0.2.4',
          headers: { ...json, cookie, 'accept-language': language },
          payload: { currentPassword: 'not-my-password', newPassword: 'a-new-password-2026' },
        });
      const es = await change('es');
      expect(es.statusCode).toBe(400);
      expectErrorShape(es.json());
      expect(es.json().error).toEqual({
        code: 'validation_failed',
        message: 'Tu contraseña actual no es correcta.',
        fields: { currentPassword: 'Esta no es tu contraseña actual' },
      });
      expect((await change('da')).json().error).toEqual({
        code: 'validation_failed',
        message: 'Din nuværende adgangskode er forkert.',
        fields: { currentPassword: 'Det er ikke din nuværende adgangskode' },
      });
    });

    it('answers a path the API does not have, and a sign-in it needs, in the requester’s language', async () => {
      const missing = await porter.app.inject({ url: '/api/nothing-here?x=1', headers: { 'accept-language': 'es' } });
      expect(missing.statusCode).toBe(404);
      expectErrorShape(missing.json());
      expect(missing.json().error).toEqual({ code: 'not_found', message: 'La API no tiene GET /api/nothing-here.' });
      const me = await porter.app.inject({ url: '/api/auth/me', headers: { 'accept-language': 'da' } });
      expect(me.json().error).toEqual({ code: 'unauthenticated', message: 'Log ind for at fortsætte.' });
    });
  });

  describe('a rate limit', () => {
    it('says how long to wait in words of the requester’s language', async () => {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
      for (let i = 0; i < 5; i++) expect((await login(staff.email, 'wrong-password-here', undefined, '192.0.2.5')).statusCode).toBe(401);
      const es = await login(staff.email, testPassword, 'es', '192.0.2.5');
      expect(es.statusCode).toBe(429);
      expect(es.headers['retry-after']).toBe('1');
      expectErrorShape(es.json());
      expect(es.json().error).toEqual({ code: 'rate_limited', message: 'Demasiados intentos de inicio de sesión. Espera 1 segundo e inténtalo de nuevo.' });
      expect((await login(staff.email, testPassword, 'da', '192.0.2.5')).json().error.message).toBe('For mange loginforsøg. Vent 1 sekund, og prøv igen.');
      expect((await login(staff.email, testPassword, 'en', '192.0.2.5')).json().error.message).toBe('Too many sign-in attempts. Please wait 1 second and try again.');
    });

    it('says an hour’s wait for emails as minutes, in Spanish and Danish', async () => {
      const ask = (language: string) =>
        porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', remoteAddress: '192.0.2.6', headers: { ...json, 'accept-language': language }, payload: { email: 'someone@example.test' } });
      const first = await ask('es');
      expect(first.statusCode).toBe(202);
      expect(first.json().message).toBe('Si alguna cuenta usa esa dirección, le hemos enviado un enlace para elegir una contraseña nueva. El enlace funciona una sola vez, durante una hora.');
      for (let i = 0; i < 2; i++) expect((await ask('en')).statusCode).toBe(202);
      const es = await ask('es');
      expect(es.statusCode).toBe(429);
      expectErrorShape(es.json());
      expect(es.json().error.message).toBe('Se han pedido demasiados correos. Espera 60 minutos e inténtalo de nuevo.');
      expect((await ask('da')).json().error.message).toBe('Der er bedt om for mange e-mails. Vent 60 minutter, og prøv igen.');
    });
  });
});
