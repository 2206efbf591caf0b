import type { Resource } from 'i18next';
import { da } from './catalogues/da/index.ts';
import { en } from './catalogues/en/index.ts';
import { es } from './catalogues/es/index.ts';
import type { Language } from './languages.ts';
import type { Translation } from './translation.ts';

export type Catalogues = typeof en;
export type Namespace = keyof Catalogues;

/**
 * What customers and technicians read — the portal, the field app, sign-in and every email —
 * is complete in every language. The office is written in English and keeps the same structure,
 * so a language can add its office namespaces later; until then they fall back to English.
 */
export const translatedNamespaces = ['common', 'app', 'auth', 'portal', 'portalVisits', 'field', 'offline', 'profile', 'serviceRequests', 'supplies', 'visits', 'feedback', 'emails', 'errors', 'whatWeClean', 'chat', 'portalUpgrades', 'portalPay', 'portalReminders', 'qualityChecks', 'proofOfService', 'portalPayments', 'portalQuotes', 'portalBilling', 'portalCustomFields', 'portalFiles'] as const satisfies readonly Namespace[];

type TranslatedNamespace = (typeof translatedNamespaces)[number];

/** A language's catalogues: every translated namespace in full, the office ones when it has them. */
export type Translations = { [N in TranslatedNamespace]: Translation<Catalogues[N]> } & { [N in Exclude<Namespace, TranslatedNamespace>]?: Translation<Catalogues[N]> };

export const catalogues: Record<Language, Partial<Record<Namespace, unknown>>> = { en, es, da };

export const namespaces = Object.keys(en) as Namespace[];

export const resources = catalogues as Resource;
