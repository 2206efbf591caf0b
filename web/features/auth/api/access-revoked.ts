/**
 * When the office locks a customer contact, the server answers their next portal request with `access_revoked`
 * and a message naming whom to contact. The app signs them out; this keeps that message for the sign-in page,
 * per portal, for the rest of the browser session (a reload of the sign-in page still shows it).
 */
const storageKey = (slug: string) => `porter.portal.${slug}.access-revoked`;

export function rememberAccessRevoked(slug: string, message: string): void {
  try {
    sessionStorage.setItem(storageKey(slug), message);
  } catch {
    // Storage can be off (private modes); the sign-in form still shows the server's message on the next attempt.
  }
}

export function accessRevokedMessage(slug: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(slug));
  } catch {
    return null;
  }
}

export function forgetAccessRevoked(slug: string): void {
  try {
    sessionStorage.removeItem(storageKey(slug));
  } catch {
    // Nothing was stored if storage is off.
  }
}
