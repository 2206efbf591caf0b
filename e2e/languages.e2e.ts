import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inspect } from '../server/test/harness.ts';
import { desktop, errorsOn, newPage, phone, screenshot, type Reader } from './support/browser.ts';
import { choose } from './support/forms.ts';
import { useJourney } from './support/journey.ts';

/** A customer in Madrid whose browser asks for Spanish; her clinics are in Portland, Oregon. */
const madrid: Reader = { locale: 'es-ES', timezoneId: 'Europe/Madrid' };
const clinicZone = 'America/Los_Angeles';
const spanishMonths = /\b(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)\b/;

/** Signs the demo customer in on the portal's sign-in page, in whichever language it shows. */
async function signIn(page: Page, url: string, labels: { email: string; password: string; submit: string }): Promise<void> {
  await page.getByLabel(labels.email).fill('customer@demo.test');
  await page.getByLabel(labels.password, { exact: true }).fill('porter-demo');
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL(`${url}/portal/demo`);
}

const spanish = { email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión' };

function pageLanguage(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/** The hour and minute a moment was on a clock, as Spanish writes it ("9:30"). */
function clockTime(at: Date, zone: string): string {
  return new Intl.DateTimeFormat('es-ES', { hour: 'numeric', minute: '2-digit', timeZone: zone }).format(at);
}

describe('a customer reads the portal in her own language and her clinic’s time', () => {
  const run = useJourney();

  async function newestRequest(): Promise<{ reference: string; createdAt: Date }> {
    const row = await inspect(run.porter.ctx.db).selectFrom('service_requests').select(['reference', 'created_at']).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    return { reference: row.reference, createdAt: new Date(row.created_at) };
  }

  it('a Spanish browser gets the sign-in page, the home page and the requests in Spanish, on the clinic’s clock with its zone named', async () => {
    const page = await newPage(run.browser, desktop, madrid);
    await page.goto(`${run.porter.url}/portal/demo`);
    await page.waitForURL(/\/portal\/demo\/login/);
    await expect.poll(() => page.getByText('Tu portal de clientes de Sparkle Facility Services.').isVisible()).toBe(true);
    expect(await pageLanguage(page)).toBe('es');
    await screenshot(page, 'languages-es-login-desktop');

    await signIn(page, run.porter.url, spanish);
    await expect.poll(() => page.getByRole('heading', { name: 'Hola, Carla' }).isVisible()).toBe(true);
    expect(await pageLanguage(page)).toBe('es');
    await screenshot(page, 'languages-es-home-desktop');

    await page.getByRole('link', { name: 'Solicitudes de servicio' }).first().click();
    await page.waitForURL(`${run.porter.url}/portal/demo/requests`);
    await expect.poll(() => page.getByText(/^Enviada el /).first().textContent()).toMatch(spanishMonths);
    await screenshot(page, 'languages-es-requests-desktop');

    await page.getByRole('link', { name: /SR-\d{4}-\d+/ }).first().click();
    await page.waitForURL(/\/portal\/demo\/requests\/[^/]+$/);
    const requestId = new URL(page.url()).pathname.split('/').at(-1)!;
    const request = await inspect(run.porter.ctx.db).selectFrom('service_requests').select('created_at').where('id', '=', requestId).executeTakeFirstOrThrow();
    const createdAt = new Date(request.created_at);
    const sent = page.getByText(/ · enviada el /);
    await expect.poll(() => sent.isVisible()).toBe(true);
    const sentText = (await sent.textContent()) ?? '';
    // Madrid is not Portland: the time is the clinic's, and says whose clock it is.
    expect(sentText).toMatch(/ GMT-[78]$/);
    expect(sentText).toContain(clockTime(createdAt, clinicZone));
    expect(sentText).not.toContain(clockTime(createdAt, 'Europe/Madrid'));
    expect(sentText).toMatch(spanishMonths);
    await screenshot(page, 'languages-es-request-desktop');

    // A new request: the form is Spanish, and so is the email confirming it, on the clinic's clock.
    await page.getByRole('link', { name: 'Todas las solicitudes' }).click();
    await page.getByRole('link', { name: 'Nueva solicitud' }).click();
    await page.waitForURL(`${run.porter.url}/portal/demo/requests/new`);
    await choose(page, 'Categoría', 'Something else');
    await page.getByLabel('¿Qué necesitas?').fill('Por favor, limpien la sala de espera antes del lunes.');
    await screenshot(page, 'languages-es-new-request-desktop');
    await page.getByRole('button', { name: 'Enviar solicitud' }).click();
    await expect.poll(() => page.getByText('Solicitud enviada').isVisible()).toBe(true);
    const created = await newestRequest();
    await expect.poll(() => page.getByText(new RegExp(`^East Clinic · enviada el .*${clockTime(created.createdAt, clinicZone)} GMT-[78]$`)).isVisible()).toBe(true);
    await screenshot(page, 'languages-es-request-sent-desktop');
    const confirmation = await inspect(run.porter.ctx.db)
      .selectFrom('outbox_emails')
      .select(['subject', 'text_body'])
      .where('to_address', '=', 'customer@demo.test')
      .where('subject', 'like', `[${created.reference}]%`)
      .executeTakeFirstOrThrow();
    expect(confirmation.subject).toBe(`[${created.reference}] Hemos recibido tu solicitud`);
    expect(confirmation.text_body).toMatch(/^Hola, Carla Customer:/);
    // An email has no reader's clock to match: the zone is always named.
    expect(confirmation.text_body).toMatch(new RegExp(`Enviada el .*${clockTime(created.createdAt, clinicZone)} GMT-[78]\\.`));
    expect(confirmation.text_body).toMatch(spanishMonths);
    expect(errorsOn(page)).toEqual([]);
  });

  it('on a phone, the Spanish home page, a request and the profile fit the screen', async () => {
    const page = await newPage(run.browser, phone, madrid);
    await page.goto(`${run.porter.url}/portal/demo/login`);
    await expect.poll(() => page.getByText('Tu portal de clientes de Sparkle Facility Services.').isVisible()).toBe(true);
    await screenshot(page, 'languages-es-login-phone');
    await signIn(page, run.porter.url, spanish);
    await expect.poll(() => page.getByRole('heading', { name: 'Hola, Carla' }).isVisible()).toBe(true);
    await screenshot(page, 'languages-es-home-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.getByRole('link', { name: /SR-\d{4}-\d+/ }).first().click();
    await expect.poll(() => page.getByText(/ · enviada el .* GMT-[78]$/).isVisible()).toBe(true);
    await screenshot(page, 'languages-es-request-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.getByRole('link', { name: 'Tu cuenta' }).click();
    const picker = page.getByRole('combobox', { name: 'Idioma de tus páginas y correos' });
    await expect.poll(() => picker.inputValue()).toBe('Automático');
    // The chosen option is read whole in the field, even on a phone.
    expect(await picker.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await screenshot(page, 'languages-es-profile-phone');
    expect(errorsOn(page)).toEqual([]);
  });

  /** From the Spanish sign-in page on screen: asks for a reset link, as someone who forgot her password would. */
  async function askForResetLink(page: Page): Promise<void> {
    await page.getByRole('link', { name: '¿Olvidaste tu contraseña?' }).click();
    await page.waitForURL(/\/portal\/demo\/forgot-password/);
    await page.getByRole('button', { name: 'Enviar enlace' }).waitFor();
    await page.getByLabel('Correo electrónico').fill('customer@demo.test');
    await page.getByRole('button', { name: 'Enviar enlace' }).click();
    await expect.poll(() => page.getByText('Revisa tu bandeja de entrada').isVisible()).toBe(true);
  }

  /** The newest reset email queued for her, without its link: only she may use it. */
  function newestResetMail(): Promise<{ subject: string; text_body: string }> {
    return inspect(run.porter.ctx.db)
      .selectFrom('outbox_emails')
      .select(['subject', 'text_body'])
      .where('to_address', '=', 'customer@demo.test')
      .where('secret_link', 'is not', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
  }

  it('a reset link asked for from the Spanish browser is emailed in Spanish', async () => {
    const page = await newPage(run.browser, desktop, madrid);
    await page.goto(`${run.porter.url}/portal/demo/login`);
    await askForResetLink(page);
    await screenshot(page, 'languages-es-forgot-password-sent');
    // She has not chosen a language: the mail follows the browser she last signed in with.
    const mail = await newestResetMail();
    expect(mail.subject).toBe('Elige una contraseña nueva para Sparkle Facility Services');
    expect(mail.text_body).toMatch(/^Hola, Carla Customer:/);
    expect(errorsOn(page)).toEqual([]);
  });

  it('Danish chosen on her profile beats her Spanish browser in every later session', async () => {
    const page = await newPage(run.browser, desktop, madrid);
    await page.goto(`${run.porter.url}/portal/demo/login`);
    await signIn(page, run.porter.url, spanish);
    await page.goto(`${run.porter.url}/portal/demo/profile`);
    const picker = page.getByRole('combobox', { name: 'Idioma de tus páginas y correos' });
    await picker.waitFor();
    await screenshot(page, 'languages-es-profile-desktop');
    await picker.click();
    await page.getByRole('option', { name: 'Dansk' }).click();
    // The page follows the choice at once, once it is saved.
    await expect.poll(() => pageLanguage(page)).toBe('da');
    await expect.poll(() => page.getByRole('combobox', { name: 'Sprog på dine sider og e-mails' }).inputValue()).toBe('Dansk');
    await screenshot(page, 'languages-da-profile-desktop');

    for (const [label, viewport] of [['desktop', desktop], ['phone', phone]] as const) {
      const later = await newPage(run.browser, viewport, madrid);
      await later.goto(`${run.porter.url}/portal/demo/login`);
      // Before sign-in the portal cannot know her: her browser's Spanish applies.
      await expect.poll(() => later.getByText('Tu portal de clientes de Sparkle Facility Services.').isVisible()).toBe(true);
      await signIn(later, run.porter.url, spanish);
      await expect.poll(() => later.getByRole('heading', { name: 'Velkommen, Carla' }).isVisible()).toBe(true);
      expect(await pageLanguage(later)).toBe('da');
      await screenshot(later, `languages-da-home-${label}`);
      expect(errorsOn(later)).toEqual([]);
    }

    // Customers share devices: once she signs out, the page speaks the browser's language again.
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.waitForURL(/\/portal\/demo\/login/);
    await expect.poll(() => page.getByText('Tu portal de clientes de Sparkle Facility Services.').isVisible()).toBe(true);
    expect(await pageLanguage(page)).toBe('es');
    await screenshot(page, 'languages-es-signed-out-desktop');

    // The page she asks from is Spanish, but the mail is for her, in the language she chose.
    await askForResetLink(page);
    const mail = await newestResetMail();
    expect(mail.subject).toBe('Vælg en ny adgangskode til Sparkle Facility Services');
    expect(mail.text_body).toMatch(/^Hej Carla Customer/);
    expect(errorsOn(page)).toEqual([]);
  });
});
