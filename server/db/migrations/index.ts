import type { Migration } from 'kysely/migration';
import * as foundation from './20261122070000_foundation.ts';
import * as customersAndPortalAccess from './20261122080000_customers_and_portal_access.ts';
import * as requestsSuppliesFeedback from './20261122090000_requests_supplies_feedback.ts';
import * as staffAccounts from './20261202100000_staff_accounts.ts';
import * as outboxSecretLinks from './20261202110000_outbox_secret_links.ts';
import * as statusEmailsAndUniqueProducts from './20261202120000_status_emails_and_unique_products.ts';
import * as pendingUploads from './20261202130000_pending_uploads.ts';
import * as outboxLeasesAndJobRuns from './20261202140000_outbox_leases_and_job_runs.ts';
import * as tenantReferences from './20261202150000_tenant_references.ts';
import * as languagesAndCompany from './20261203090000_languages_and_company.ts';
import * as requestVocabulary from './20261203100000_request_vocabulary.ts';
import * as tenantVocabulary from './20261203110000_tenant_vocabulary.ts';
import * as visits from './20261204090000_visits.ts';
import * as cleaningPlans from './20261204120000_cleaning_plans.ts';
import * as upgradesAndReminders from './20261204130000_upgrades_and_reminders.ts';
import * as contactCarriers from './20261204140000_contact_carriers.ts';
import * as timesheets from './20261205090000_timesheets.ts';
import * as inspections from './20261205100000_inspections.ts';
import * as visitRatings from './20261205120000_visit_ratings.ts';
import * as visitChecklists from './20261206090000_visit_checklists.ts';
import * as inspectionClientIds from './20261206100000_inspection_client_ids.ts';
import * as staffPhotos from './20261206110000_staff_photos.ts';
import * as billing from './20261207090000_billing.ts';
import * as refunds from './20261208110000_refunds.ts';
import * as journal from './20261208120000_journal.ts';
import * as keyRings from './20261208130000_key_rings.ts';
import * as billingIndexes from './20261208140000_billing_indexes.ts';
import * as chat from './20261209100000_chat.ts';
import * as customFields from './20261209120000_custom_fields.ts';
import * as customerToolbox from './20261209130000_customer_toolbox.ts';
import * as visitTeamTimes from './20261210090000_visit_team_times.ts';
import * as customerSearchIndex from './20261210093000_customer_search_index.ts';
import * as invoicePaid from './20261212090000_invoice_paid.ts';
import * as visitTeamSize from './20261212100000_visit_team_size.ts';
import * as openInvoices from './20261213090000_open_invoices.ts';
import * as visitStartStatistics from './20261214090000_visit_start_statistics.ts';
import * as filesAndResources from './20261209110000_files_and_resources.ts';

/** Every migration, in order. Listed by hand so start-up never depends on reading a folder. */
export const migrations: Record<string, Migration> = {
  '20261122070000_foundation': foundation,
  '20261122080000_customers_and_portal_access': customersAndPortalAccess,
  '20261122090000_requests_supplies_feedback': requestsSuppliesFeedback,
  '20261202100000_staff_accounts': staffAccounts,
  '20261202110000_outbox_secret_links': outboxSecretLinks,
  '20261202120000_status_emails_and_unique_products': statusEmailsAndUniqueProducts,
  '20261202130000_pending_uploads': pendingUploads,
  '20261202140000_outbox_leases_and_job_runs': outboxLeasesAndJobRuns,
  '20261202150000_tenant_references': tenantReferences,
  '20261203090000_languages_and_company': languagesAndCompany,
  '20261203100000_request_vocabulary': requestVocabulary,
  '20261203110000_tenant_vocabulary': tenantVocabulary,
  '20261204090000_visits': visits,
  '20261204120000_cleaning_plans': cleaningPlans,
  '20261204130000_upgrades_and_reminders': upgradesAndReminders,
  '20261204140000_contact_carriers': contactCarriers,
  '20261205090000_timesheets': timesheets,
  '20261205100000_inspections': inspections,
  '20261205120000_visit_ratings': visitRatings,
  '20261206090000_visit_checklists': visitChecklists,
  '20261206100000_inspection_client_ids': inspectionClientIds,
  '20261206110000_staff_photos': staffPhotos,
  '20261207090000_billing': billing,
  '20261208110000_refunds': refunds,
  '20261208120000_journal': journal,
  '20261208130000_key_rings': keyRings,
  '20261208140000_billing_indexes': billingIndexes,
  '20261209100000_chat': chat,
  '20261209110000_files_and_resources': filesAndResources,
  '20261209120000_custom_fields': customFields,
  '20261209130000_customer_toolbox': customerToolbox,
  '20261210090000_visit_team_times': visitTeamTimes,
  '20261210093000_customer_search_index': customerSearchIndex,
  '20261212090000_invoice_paid': invoicePaid,
  '20261212100000_visit_team_size': visitTeamSize,
  '20261213090000_open_invoices': openInvoices,
  '20261214090000_visit_start_statistics': visitStartStatistics,
};
