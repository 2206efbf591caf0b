import { IconBell, IconFolder, IconForms, IconPuzzle, IconCreditCard, IconReceipt, IconClipboardCheck, IconBuilding, IconCalendarTime, IconMail, IconMapPinCheck, IconSparkles, IconTag, IconTools, IconUsers, IconWorldWww } from '@tabler/icons-react';
import { addonsPolicy } from '../../shared/features/addons/addons.policy.ts';
import { filesPolicy } from '../../shared/features/files/files.policy.ts';
import { companyPolicy } from '../../shared/features/company/company.policy.ts';
import { outboxPolicy } from '../../shared/features/outbox/outbox.policy.ts';
import { portalSettingsPolicy } from '../../shared/features/portal-settings/portal-settings.policy.ts';
import { remindersPolicy } from '../../shared/features/reminders/reminders.policy.ts';
import { servicesPolicy } from '../../shared/features/services/services.policy.ts';
import { staffPolicy } from '../../shared/features/staff/staff.policy.ts';
import { visitsPolicy } from '../../shared/features/visits/visits.policy.ts';
import { inspectionsPolicy } from '../../shared/features/inspections/inspections.policy.ts';
import { fieldPolicy } from '../../shared/features/field/field.policy.ts';
import { billingPolicy } from '../../shared/features/billing/billing.policy.ts';
import { upgradesPolicy } from '../../shared/features/upgrades/upgrades.policy.ts';
import { customFieldsPolicy } from '../../shared/features/custom-fields/custom-fields.policy.ts';
import { hasRoleAtLeast, type StaffRole } from '../../shared/roles.ts';

/** The sections of Settings, each shown only to the roles its feature's policy lets in; words in `app:settings.<labelKey>`. */
export const settingsSections = [
  { to: '/office/settings/company', labelKey: 'company', icon: IconBuilding, minimumRole: companyPolicy.manage },
  { to: '/office/settings/addons', labelKey: 'addons', icon: IconPuzzle, minimumRole: addonsPolicy.manage },
  { to: '/office/settings/portal', labelKey: 'portal', icon: IconWorldWww, minimumRole: portalSettingsPolicy.manage },
  { to: '/office/settings/custom-fields', labelKey: 'customFields', icon: IconForms, minimumRole: customFieldsPolicy.manage },
  { to: '/office/settings/scheduling', labelKey: 'scheduling', icon: IconCalendarTime, minimumRole: visitsPolicy.configure },
  { to: '/office/settings/services', labelKey: 'services', icon: IconTools, minimumRole: servicesPolicy.read },
  { to: '/office/settings/request-categories', labelKey: 'requestCategories', icon: IconTag, minimumRole: servicesPolicy.read },
  { to: '/office/settings/staff', labelKey: 'staff', icon: IconUsers, minimumRole: staffPolicy.read },
  { to: '/office/settings/upgrades', labelKey: 'upgrades', icon: IconSparkles, minimumRole: upgradesPolicy.read },
  { to: '/office/settings/reminders', labelKey: 'reminders', icon: IconBell, minimumRole: remindersPolicy.configure },
  { to: '/office/settings/inspections', labelKey: 'inspections', icon: IconClipboardCheck, minimumRole: inspectionsPolicy.configure },
  { to: '/office/settings/field', labelKey: 'field', icon: IconMapPinCheck, minimumRole: fieldPolicy.configure },
  { to: '/office/settings/files', labelKey: 'files', icon: IconFolder, minimumRole: filesPolicy.configure },
  { to: '/office/settings/payments', labelKey: 'payments', icon: IconCreditCard, minimumRole: billingPolicy.configure },
  { to: '/office/settings/billing', labelKey: 'billing', icon: IconReceipt, minimumRole: billingPolicy.read },
  { to: '/office/settings/outbox', labelKey: 'outbox', icon: IconMail, minimumRole: outboxPolicy.read },
] as const;

export function settingsSectionsFor(role: StaffRole) {
  return settingsSections.filter((section) => hasRoleAtLeast(role, section.minimumRole));
}
