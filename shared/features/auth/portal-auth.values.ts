// A portal address's rule and an emailed link's token length, without zod, so the web app's
// route tree checks them before any schema loads.
export const portalSlugPattern = /^[a-z0-9-]+$/;
export const portalSlugMaxLength = 63;

/** How long an emailed link's token may be; the web app reads a link cut short as no token. */
export const tokenLength = { min: 20, max: 200 } as const;
