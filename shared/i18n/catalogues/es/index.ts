import type { Translations } from '../../catalogues.ts';
import { app } from './app.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { emails } from './emails.ts';
import { errors } from './errors.ts';
import { feedback } from './feedback.ts';
import { field } from './field.ts';
import { portalReminders } from './portal-reminders.ts';
import { portalUpgrades } from './portal-upgrades.ts';
import { portal } from './portal.ts';
import { portalVisits } from './portal-visits.ts';
import { profile } from './profile.ts';
import { serviceRequests } from './service-requests.ts';
import { supplies } from './supplies.ts';
import { visits } from './visits.ts';
import { whatWeClean } from './what-we-clean.ts';

export const es: Translations = { common, app, auth, portal, portalVisits, field, profile, serviceRequests, supplies, visits, feedback, emails, errors, whatWeClean, portalUpgrades, portalReminders };
