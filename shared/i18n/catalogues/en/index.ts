import { accountServices } from './account-services.ts';
import { app } from './app.ts';
import { auth } from './auth.ts';
import { common } from './common.ts';
import { company } from './company.ts';
import { customers } from './customers.ts';
import { dashboard } from './dashboard.ts';
import { emails } from './emails.ts';
import { errors } from './errors.ts';
import { feedback } from './feedback.ts';
import { field } from './field.ts';
import { offline } from './offline.ts';
import { locations } from './locations.ts';
import { notifications } from './notifications.ts';
import { outbox } from './outbox.ts';
import { portalSettings } from './portal-settings.ts';
import { portalUsers } from './portal-users.ts';
import { portalReminders } from './portal-reminders.ts';
import { portalUpgrades } from './portal-upgrades.ts';
import { portalPay } from './portal-pay.ts';
import { portal } from './portal.ts';
import { portalVisits } from './portal-visits.ts';
import { profile } from './profile.ts';
import { schedule } from './schedule.ts';
import { schedulingSettings } from './scheduling-settings.ts';
import { reminders } from './reminders.ts';
import { serviceRequests } from './service-requests.ts';
import { services } from './services.ts';
import { setup } from './setup.ts';
import { staff } from './staff.ts';
import { supplies } from './supplies.ts';
import { visits } from './visits.ts';
import { whatWeClean } from './what-we-clean.ts';
import { chat } from './chat.ts';
import { cleaningPlans } from './cleaning-plans.ts';
import { upgrades } from './upgrades.ts';
import { inspections } from './inspections.ts';
import { qualityChecks } from './quality-checks.ts';
import { timesheets } from './timesheets.ts';
import { proofOfService } from './proof-of-service.ts';
import { portalPayments } from './portal-payments.ts';
import { fieldSettings } from './field-settings.ts';
import { autopay } from './autopay.ts';
import { paymentSettings } from './payment-settings.ts';
import { quotes } from './quotes.ts';
import { portalQuotes } from './portal-quotes.ts';
import { invoices } from './invoices.ts';
import { billingSettings } from './billing-settings.ts';
import { portalBilling } from './portal-billing.ts';
import { journal } from './journal.ts';
import { addons } from './addons.ts';
import { keys } from './keys.ts';
import { customFields } from './custom-fields.ts';
import { portalCustomFields } from './portal-custom-fields.ts';
import { files } from './files.ts';
import { resources } from './resources.ts';
import { portalFiles } from './portal-files.ts';

/** English: the source every other catalogue translates, and the fallback for any key. */
export const en = {
  common,
  app,
  auth,
  portal,
  portalVisits,
  field,
  offline,
  profile,
  serviceRequests,
  supplies,
  visits,
  feedback,
  emails,
  errors,
  dashboard,
  customers,
  locations,
  portalUsers,
  portalSettings,
  staff,
  outbox,
  services,
  schedule,
  notifications,
  setup,
  company,
  accountServices,
  whatWeClean,
  chat,
  cleaningPlans,
  schedulingSettings,
  portalUpgrades,
  portalPay,
  portalReminders,
  upgrades,
  reminders,
  qualityChecks,
  inspections,
  timesheets,
  proofOfService,
  portalPayments,
  fieldSettings,
  autopay,
  paymentSettings,
  quotes,
  portalQuotes,
  invoices,
  billingSettings,
  portalBilling,
  journal,
  addons,
  keys,
  customFields,
  portalCustomFields,
  files,
  resources,
  portalFiles,
};
