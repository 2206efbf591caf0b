import { portalFeatures, type PortalFeature, type PortalFeatureFlags } from '../../shared/features/locations/locations.contract.ts';
import type { ServiceRequestStatus } from '../../shared/features/service-requests/service-requests.contract.ts';
import { addStaffInputSchema } from '../../shared/features/staff/staff.contract.ts';
import type { Config } from '../config/config.ts';
import type { FileStorage } from '../lib/file-storage.ts';
import type { Db, Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { days, hours, isoNow, minutes } from '../lib/time.ts';
import { issueAccountToken } from '../platform/auth/account-tokens.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import { createInvitedStaff, invitationLifetime, invitationLink } from '../features/staff/staff.service.ts';
import { hiddenLinkText } from '../platform/mail/outbox.ts';
import { featureColumnValues } from '../platform/portal/portal-access.ts';
import { nextReference } from '../platform/references/references.ts';
import { asTenantId } from '../platform/tenants/tenant-id.ts';
import { findTenantBySlug } from '../platform/tenants/tenants.repository.ts';
import { createTenantWithOwner, insertStaffUser } from '../platform/tenants/tenants.service.ts';
import { homePlan, officePlan, seedCleaningPlan } from './cleaning-plans.ts';
import { seedKeys } from './keys.ts';
import { seedCustomFields } from './custom-fields.ts';
import { seedChat } from './chat.ts';
import { seedFiles, storeDemoFiles, type DemoFile } from './files.ts';
import { seedInspections } from './inspections.ts';
import { seedBilling } from './billing.ts';
import { seedVisitWork } from './visit-work.ts';
import { seedEmail } from './outbox.ts';
import { daysAgoAt, seedReminderChoices, seedSchedule, seedTimesheets, seedVisitUnderWay, tomorrowAt, type DemoService } from './schedule.ts';

export const demoPassword = 'porter-demo';

/** What the emailed links of the demo need: they must open, and their tokens must check out. */
export type DemoLinks = Pick<Config, 'publicUrl' | 'sessionSecret'>;

/**
 * Creates the demo companies unless they exist already, so restarting the demo keeps changes.
 * With the file store, the demo's files are written to it too (without it, their rows point at nothing).
 */
export async function seedDemo(db: Db, links: DemoLinks, files?: FileStorage): Promise<void> {
  if (await findTenantBySlug(db, 'demo')) return;
  // Every demo account signs in with the same password: hashed once, before the transaction.
  const demoHash = await hashPassword(demoPassword);
  const stored = await db.transaction().execute(async (trx) => {
    const sparkleFiles = await seedSparkle(trx, links, demoHash);
    await seedNorthwind(trx, demoHash);
    return sparkleFiles;
  });
  if (files) await storeDemoFiles(files, stored);
}

// A small deterministic generator: the demo looks the same on every machine.
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return { pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

const streets = ['Maple Avenue', 'Harbor Road', 'Commerce Drive', 'Oak Street', 'Lakeview Boulevard', 'Mill Lane', 'Station Road', 'Riverside Drive', 'Elm Court', 'Industrial Parkway', 'Cedar Way', 'Market Street', 'Pine Ridge Road', 'Willow Crescent', 'Granite Avenue'];
const cities = [
  { city: 'Portland', state: 'OR', zip: '972', tz: 'America/Los_Angeles' },
  { city: 'Beaverton', state: 'OR', zip: '970', tz: 'America/Los_Angeles' },
  { city: 'Vancouver', state: 'WA', zip: '986', tz: 'America/Los_Angeles' },
  { city: 'Salem', state: 'OR', zip: '973', tz: 'America/Los_Angeles' },
  { city: 'Hillsboro', state: 'OR', zip: '971', tz: 'America/Los_Angeles' },
];
const businessStems = ['Cascade', 'Summit', 'Riverbend', 'Evergreen', 'Pioneer', 'Northgate', 'Bridgeport', 'Columbia', 'Alder', 'Timberline', 'Willamette', 'Lakeside', 'Redwood', 'Silver Creek', 'Hawthorne', 'Forest Park', 'Union', 'Meridian', 'Crescent', 'Harbor Point'];
const businessKinds = [
  { kind: 'Dental Group', sites: ['Main Clinic', 'East Clinic'] },
  { kind: 'Medical Center', sites: ['Outpatient Building', 'Urgent Care'] },
  { kind: 'Law Offices', sites: ['Downtown Office'] },
  { kind: 'Credit Union', sites: ['Head Office', 'Eastside Branch', 'Westside Branch'] },
  { kind: 'Fitness Club', sites: ['Gym Floor & Locker Rooms'] },
  { kind: 'Property Management', sites: ['Tower A Lobby', 'Tower B Lobby'] },
  { kind: 'Elementary School', sites: ['Main Building', 'Gymnasium'] },
  { kind: 'Auto Dealership', sites: ['Showroom', 'Service Center'] },
  { kind: 'Architects', sites: ['Studio'] },
  { kind: 'Logistics', sites: ['Warehouse Offices'] },
  { kind: 'Veterinary Hospital', sites: ['Hospital'] },
  { kind: 'Public Library', sites: ['Central Library'] },
];
const familyNames = ['Alvarez', 'Nguyen', 'Okafor', 'Lindqvist', 'Patel', 'Murphy', 'Kowalski', 'Tanaka', 'Haddad', 'Brennan', 'Moreau', 'Schmidt', 'Rossi', 'Fischer', 'Chen', 'Dubois', 'Kim', 'Singh', 'Walsh', 'Novak', 'Garcia', 'Larsen', 'Ibrahim', 'Costa', 'Whitfield'];
const firstNames = ['Maria', 'James', 'Aisha', 'Daniel', 'Sofia', 'Liam', 'Priya', 'Noah', 'Elena', 'Marcus', 'Hannah', 'Omar', 'Grace', 'Lucas', 'Mei', 'Owen'];

type Place = { address: string; city: string; tz: string };

function place(rand: ReturnType<typeof generator>): Place {
  const c = rand.pick(cities);
  return { address: `${rand.int(100, 9800)} ${rand.pick(streets)}, ${c.city}, ${c.state} ${c.zip}${rand.int(10, 99)}`, city: c.city, tz: c.tz };
}

async function insertCustomer(
  trx: Executor,
  tenantId: string,
  c: { name: string; type: 'commercial' | 'residential'; email: string | null; phone: string | null; place: Place },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('customers')
    .values({ id, tenant_id: tenantId, name: c.name, type: c.type, email: c.email, phone: c.phone, billing_address: c.place.address, city: c.place.city, archived_at: null, created_at: isoNow() })
    .execute();
  return id;
}

async function insertLocation(
  trx: Executor,
  tenantId: string,
  customerId: string,
  name: string,
  p: Place,
  portal: { features: PortalFeature[]; accessNotes?: string } | null = null,
): Promise<string> {
  const id = newId();
  const flags = Object.fromEntries(portalFeatures.map((f) => [f, portal?.features.includes(f) ?? false])) as PortalFeatureFlags;
  await trx
    .insertInto('locations')
    .values({
      id,
      tenant_id: tenantId,
      customer_id: customerId,
      name,
      address: p.address,
      time_zone: p.tz,
      created_at: isoNow(),
      access_notes: portal?.accessNotes ?? null,
      portal_enabled: portal !== null,
      ...featureColumnValues(flags),
    })
    .execute();
  return id;
}

async function insertContact(trx: Executor, tenantId: string, customerId: string, name: string, email: string | null, mobile: string | null, position = 0): Promise<void> {
  await trx.insertInto('customer_contacts').values({ id: newId(), tenant_id: tenantId, customer_id: customerId, name, email, mobile, position }).execute();
}

async function assign(trx: Executor, tenantId: string, locationId: string, staffId: string, trained: boolean, style: 'none' | 'email' | 'text'): Promise<void> {
  await trx
    .insertInto('staff_location_assignments')
    .values({ tenant_id: tenantId, location_id: locationId, staff_user_id: staffId, assigned: true, trained, notification_style: trained ? style : 'none' })
    .execute();
}

async function insertPortalUser(
  trx: Executor,
  tenantId: string,
  user: { name: string; email: string; phone: string | null; passwordHash: string | null; customerId: string; locationIds: string[]; billing: boolean },
): Promise<string> {
  const id = newId();
  await trx
    .insertInto('portal_users')
    .values({ id, tenant_id: tenantId, email: user.email, name: user.name, phone: user.phone, password_hash: user.passwordHash, locked_at: null, created_at: isoNow(), last_login_at: null })
    .execute();
  await trx.insertInto('portal_user_customers').values({ tenant_id: tenantId, portal_user_id: id, customer_id: user.customerId, is_billing_contact: user.billing }).execute();
  for (const locationId of user.locationIds) {
    await trx.insertInto('portal_user_locations').values({ tenant_id: tenantId, portal_user_id: id, location_id: locationId }).execute();
  }
  return id;
}

const phone = (rand: ReturnType<typeof generator>) => `(503) 555-${String(rand.int(100, 9999)).padStart(4, '0')}`;

async function seedSparkle(trx: Executor, links: DemoLinks, demoHash: string): Promise<DemoFile[]> {
  const rand = generator(42);
  const { tenantId, ownerId } = await createTenantWithOwner(trx, {
    name: 'Sparkle Facility Services',
    displayName: 'Sparkle Facility Services',
    slug: 'demo',
    timeZone: 'America/Los_Angeles',
    owner: { name: 'Olivia Owens', email: 'owner@demo.test', passwordHash: demoHash },
  });
  await trx
    .updateTable('tenants')
    .set({
      contact_email: 'office@sparkle.example',
      contact_phone: '(503) 555-0199',
      address: '845 SE Water Avenue, Suite 210\nPortland, OR 97214',
      social_links: JSON.stringify({ website: 'https://sparkle.example', facebook: 'https://facebook.com/sparklefacility' }),
      // Every add-on on, so the demo shows what they gate.
      addon_text_messaging: true,
      addon_invoice_calculation: true,
      addon_audits: true,
    })
    .where('id', '=', tenantId)
    .execute();
  const adminId = await insertStaffUser(trx, tenantId, { name: 'Adele Adams', email: 'admin@demo.test', passwordHash: demoHash, role: 'admin' });
  const managerId = await insertStaffUser(trx, tenantId, { name: 'Marco Mendes', email: 'manager@demo.test', passwordHash: demoHash, role: 'manager', mobilePhone: '(503) 555-0142' });
  await trx.updateTable('staff_users').set({ mobile_carrier: 'verizon' }).where('tenant_id', '=', tenantId).where('id', '=', managerId).execute();
  const supervisorId = await insertStaffUser(trx, tenantId, { name: 'Sam Sutherland', email: 'supervisor@demo.test', passwordHash: demoHash, role: 'supervisor' });
  const techId = await insertStaffUser(trx, tenantId, { name: 'Tess Tran', email: 'tech@demo.test', passwordHash: demoHash, role: 'technician', mobilePhone: '(503) 555-0177' });

  const featured = await insertCustomer(trx, tenantId, { name: 'Harborview Dental Group', type: 'commercial', email: 'office@harborviewdental.example', phone: '(503) 555-0100', place: { address: '1200 Harbor Road, Portland, OR 97201', city: 'Portland', tz: 'America/Los_Angeles' } });
  const mainClinic = await insertLocation(trx, tenantId, featured, 'Main Clinic', { address: '1200 Harbor Road, Portland, OR 97201', city: 'Portland', tz: 'America/Los_Angeles' }, {
    features: ['serviceRequests', 'elapsedTime', 'supplyRequests', 'feedback', 'qualityChecks', 'fileStorage'],
    accessNotes: 'Staff entrance at the back; alarm code is with the office manager.',
  });
  const eastClinic = await insertLocation(trx, tenantId, featured, 'East Clinic', { address: '455 Mill Lane, Portland, OR 97232', city: 'Portland', tz: 'America/Los_Angeles' }, {
    features: ['serviceRequests', 'supplyRequests', 'feedback'],
  });
  await insertContact(trx, tenantId, featured, 'Carla Customer', 'customer@demo.test', '(503) 555-0101');
  await insertContact(trx, tenantId, featured, 'Dr. Ian Harbor', 'ian@harborviewdental.example', null, 1);
  await assign(trx, tenantId, mainClinic, managerId, true, 'email');
  await assign(trx, tenantId, eastClinic, managerId, true, 'text');
  await assign(trx, tenantId, mainClinic, supervisorId, false, 'none');
  await seedCatalogue(trx, tenantId, mainClinic);
  const carla = await insertPortalUser(trx, tenantId, { name: 'Carla Customer', email: 'customer@demo.test', phone: '(503) 555-0101', passwordHash: demoHash, customerId: featured, locationIds: [mainClinic, eastClinic], billing: true });
  const requests = await seedHistory(trx, tenantId, { id: featured, portalUserId: carla, userName: 'Carla Customer' }, [{ id: mainClinic, name: 'Main Clinic' }, { id: eastClinic, name: 'East Clinic' }], managerId);

  const homePlace = { address: '88 Willow Crescent, Beaverton, OR 97005', city: 'Beaverton', tz: 'America/Los_Angeles' };
  const home = await insertCustomer(trx, tenantId, { name: 'Hollis Home', type: 'residential', email: 'home@demo.test', phone: '(503) 555-0188', place: homePlace });
  const homeLocation = await insertLocation(trx, tenantId, home, 'Home', homePlace, { features: ['serviceRequests', 'feedback'] });
  await insertContact(trx, tenantId, home, 'Henry Hollis', 'home@demo.test', '(503) 555-0188');
  const henry = await insertPortalUser(trx, tenantId, { name: 'Henry Hollis', email: 'home@demo.test', phone: '(503) 555-0188', passwordHash: demoHash, customerId: home, locationIds: [homeLocation], billing: true });
  // East Clinic has none yet, so the office can show copying Main Clinic's.
  await seedCleaningPlan(trx, tenantId, mainClinic, officePlan);
  await seedCleaningPlan(trx, tenantId, homeLocation, homePlan);
  await seedKeys(trx, tenantId, { mainClinic, eastClinic, homeLocation }, { techId, supervisorId, managerId, adminId });
  await seedCustomFields(trx, tenantId, { featured, home, mainClinic, eastClinic, homeLocation });
  const files = await seedFiles(trx, tenantId, { mainClinic, homeLocation, featured, home }, { managerId, supervisorId });

  let portalInvitee: Invitee | undefined;
  const businesses: { customerId: string; locationId: string }[] = [];
  for (const [i, stem] of businessStems.entries()) {
    for (const business of [businessKinds[i % businessKinds.length]!, businessKinds[(i + 5) % businessKinds.length]!]) {
      const name = `${stem} ${business.kind}`;
      const slug = name.toLowerCase().replace(/[^a-z]+/g, '');
      const p = place(rand);
      const customerId = await insertCustomer(trx, tenantId, { name, type: 'commercial', email: `facilities@${slug}.example`, phone: phone(rand), place: p });
      await insertContact(trx, tenantId, customerId, `${rand.pick(firstNames)} ${rand.pick(familyNames)}`, `office@${slug}.example`, phone(rand));
      const locationIds: string[] = [];
      for (const site of business.sites) locationIds.push(await insertLocation(trx, tenantId, customerId, site, site === business.sites[0] ? p : place(rand)));
      businesses.push({ customerId, locationId: locationIds[0]! });
      if (rand.int(0, 2) === 0) {
        const first = rand.pick(firstNames);
        const user = { name: `${first} ${rand.pick(familyNames)}`, email: `${first.toLowerCase()}@${slug}.example` };
        const id = await insertPortalUser(trx, tenantId, { ...user, phone: phone(rand), passwordHash: null, customerId, locationIds, billing: false });
        portalInvitee ??= { id, ...user };
      }
    }
  }
  for (const family of familyNames) {
    const p = place(rand);
    const first = rand.pick(firstNames);
    const email = `${first.toLowerCase()}.${family.toLowerCase()}@mail.example`;
    const customerId = await insertCustomer(trx, tenantId, { name: `${first} ${family}`, type: 'residential', email, phone: phone(rand), place: p });
    await insertLocation(trx, tenantId, customerId, 'Home', p);
  }
  const team = { techId, supervisorId, managerId };
  await seedSparkleSchedule(trx, tenantId, { featured, mainClinic, eastClinic, home, homeLocation }, businesses, team);
  await seedVisitRatings(trx, tenantId, featured, carla);
  // What the team ticked and wrote on the recent visits: the proof of service the customers read.
  await seedVisitWork(trx, tenantId, mainClinic, 6);
  await seedVisitWork(trx, tenantId, homeLocation, 4);
  await seedBilling(trx, {
    tenantId,
    staffId: adminId,
    clinic: { customerId: featured, locationId: mainClinic, portalUserId: carla },
    home: { customerId: home, locationId: homeLocation, portalUserId: henry },
    autopay: businesses[1]!,
  });
  // Five months of fortnightly quality checks at the clinic (shown in its portal) and a few at the home (not shared).
  const inspector = { id: supervisorId, name: 'Sam Sutherland' };
  await seedInspections(trx, { tenantId, customerId: featured, locationId: mainClinic, inspector }, 10);
  await seedInspections(trx, { tenantId, customerId: home, locationId: homeLocation, inspector }, 4);
  await seedJournal(trx, tenantId, featured, { adminId, managerId, supervisorId });
  await seedToolbox(trx, tenantId, { featured, home });
  await seedChat(trx, tenantId, { mainClinic, eastClinic, homeLocation }, { carla, henry: henry, managerId, ownerId });
  const tenant = { id: tenantId, name: 'Sparkle Facility Services', slug: 'demo', contact: 'office@sparkle.example or (503) 555-0199' };
  await seedStaffPicture(trx, tenant, links, { ownerId, adminId, managerId, supervisorId, techId }, demoHash);
  await seedMail(trx, tenant, links, requests, portalInvitee!);
  return files;
}

/** What the office noted about the clinic lately: a call, a complaint and how it was put right, some praise. */
async function seedJournal(trx: Executor, tenantId: string, customerId: string, staff: { adminId: string; managerId: string; supervisorId: string }): Promise<void> {
  const entries = [
    { daysAgo: 41, author: staff.managerId, category: 'call', text: 'Carla called to ask whether we can add the staff kitchen to the weekly clean from next month. Sent her a quote.' },
    { daysAgo: 26, author: staff.supervisorId, category: 'complaint', text: 'Dr. Harbor reported dust on the reception window sills and the top of the door frames after Tuesday’s visit.' },
    { daysAgo: 25, author: staff.supervisorId, category: 'visit', text: 'Walked the reception area with the team and showed them the sills and frames. Added both to the checklist.' },
    { daysAgo: 12, author: staff.adminId, category: 'note', text: 'The clinic closes 24–26 December; skip those visits and confirm with Carla by email.' },
    { daysAgo: 4, author: staff.managerId, category: 'praise', text: 'Carla wrote that the clinic has never looked better and thanked Tess by name.' },
  ] as const;
  const now = Date.now();
  for (const [i, entry] of entries.entries()) {
    const at = new Date(now - days(entry.daysAgo));
    await trx
      .insertInto('journal_entries')
      .values({ id: newId(), tenant_id: tenantId, customer_id: customerId, author_id: entry.author, entry_date: at.toISOString().slice(0, 10), category: entry.category, text: entry.text, created_at: new Date(at.getTime() + i).toISOString() })
      .execute();
  }
}

/**
 * The rest of the toolbox: a message Marco wrote to Carla from the office (answered to him), and
 * the Hollis household, who asked for no On my way emails, so its Notifications tab shows one off.
 * The clinic's service agreement is its scheduled services and the carpet quote Carla accepted.
 */
async function seedToolbox(trx: Executor, tenantId: string, customers: { featured: string; home: string }): Promise<void> {
  const text = ['Hello Carla Customer,', '', 'The clinic closes 24–26 December, so we will skip those three visits and come back on the 29th as usual. Tell me if you would like an extra clean before the break.', '', '—', 'Marco Mendes, Sparkle Facility Services', '(503) 555-0199'].join('\n');
  await seedEmail(trx, { tenantId, to: 'customer@demo.test', subject: 'Visits over the holidays', text, replyTo: 'manager@demo.test' }, new Date(Date.now() - days(12) + hours(1)), { sent: true });
  await trx.updateTable('customers').set({ notify_on_my_way: false }).where('tenant_id', '=', tenantId).where('id', '=', customers.home).execute();
}

type DemoTenant = { id: string; name: string; slug: string; contact: string };

/**
 * Carla rated two of the clinics' recent visits; the latest one is left unrated, so her
 * dashboard asks her to rate it.
 */
async function seedVisitRatings(trx: Executor, tenantId: string, customerId: string, portalUserId: string): Promise<void> {
  const done = await trx.selectFrom('visits').select(['id', 'location_id', 'starts_at']).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).where('status', '=', 'completed').orderBy('starts_at', 'desc').limit(3).execute();
  const ratings = [
    { rating: 5, note: 'The treatment rooms were spotless this morning.' },
    { rating: 4, note: null },
  ];
  for (const [i, visit] of done.slice(1).entries()) {
    const at = new Date(Math.min(Date.parse(visit.starts_at) + hours(4), Date.now() - minutes(5))).toISOString();
    await trx
      .insertInto('feedback')
      .values({ id: newId(Date.parse(at)), tenant_id: tenantId, customer_id: customerId, location_id: visit.location_id, portal_user_id: portalUserId, visit_id: visit.id, ...ratings[i]!, created_at: at })
      .execute();
  }
}

type FeaturedAccounts = { featured: string; mainClinic: string; eastClinic: string; home: string; homeLocation: string };

/**
 * A real schedule: the dental group's nightly janitorial, weekend deep clean and monthly floor
 * care; the home's every-other-week clean with a pet surcharge and a loyalty discount, and a
 * carpet shampoo tomorrow; weekly cleans for a dozen businesses (some sharing a technician at
 * the same hour, as a busy office double-books); a window wash waiting to be scheduled; and the
 * upgrades customers can add.
 */
async function seedSparkleSchedule(trx: Executor, id: string, accounts: FeaturedAccounts, businesses: { customerId: string; locationId: string }[], team: { techId: string; supervisorId: string; managerId: string }): Promise<void> {
  const tenantId = asTenantId(id);
  const zone = 'America/Los_Angeles';
  const catalogue = await trx.selectFrom('services').select(['id', 'name']).where('tenant_id', '=', tenantId).execute();
  const serviceNamed = (name: string) => catalogue.find((service) => service.name === name)!.id;
  const since = daysAgoAt(zone, 70);
  const services: DemoService[] = [
    {
      customerId: accounts.featured, locationId: accounts.mainClinic, name: 'Nightly janitorial', frequency: { kind: 'weekly', interval: 1, days: ['MO', 'TU', 'WE', 'TH', 'FR'] },
      startDate: since, startTime: '18:30', durationMinutes: 180, price: 24_000, teamIds: [team.techId, team.supervisorId],
      rateModifications: [{ name: 'After-hours surcharge', kind: 'percent', amount: 1_000 }],
      notes: 'Staff entrance at the back. Operatories first; sterilisation room is off limits.',
    },
    { customerId: accounts.featured, locationId: accounts.eastClinic, name: 'Weekend deep clean', frequency: { kind: 'weekly', interval: 1, days: ['SA'] }, startDate: since, startTime: '08:00', durationMinutes: 240, price: 32_000, teamIds: [team.techId] },
    {
      customerId: accounts.featured, locationId: accounts.mainClinic, name: 'Floor strip and wax', serviceId: serviceNamed('Floor strip and wax'), frequency: { kind: 'monthlyByWeekday', interval: 1, nth: 1, weekday: 'SU' },
      startDate: since, startTime: '07:00', durationMinutes: 300, price: 45_000, teamIds: [team.supervisorId],
    },
    {
      customerId: accounts.home, locationId: accounts.homeLocation, name: 'Home clean', frequency: { kind: 'weekly', interval: 2, days: ['TH'] }, startDate: since, startTime: '09:00', durationMinutes: 150, price: 16_500, teamIds: [team.techId],
      rateModifications: [
        { name: 'Pet surcharge', kind: 'fixed', amount: 1_500 },
        { name: 'Loyalty discount', kind: 'percent', amount: -500 },
      ],
      notes: 'Two friendly dogs; the side gate code is 4412.',
    },
    { customerId: accounts.home, locationId: accounts.homeLocation, name: 'Carpet shampoo', serviceId: serviceNamed('Carpet shampoo'), frequency: { kind: 'once' }, startDate: tomorrowAt(zone), startTime: '13:00', durationMinutes: 120, price: 18_000, teamIds: [team.techId] },
    { customerId: accounts.featured, locationId: accounts.eastClinic, name: 'Window washing', serviceId: serviceNamed('Window washing'), frequency: { kind: 'monthlyByDate', interval: 1, day: 15 }, startDate: tomorrowAt(zone), startTime: '10:00', durationMinutes: 90, price: 9_500, teamIds: [], waiting: true },
  ];
  const dayPairs = [['MO', 'TH'], ['TU', 'FR'], ['WE'], ['MO', 'WE', 'FR'], ['TU'], ['TH']] as const;
  const teams = [[team.techId], [team.supervisorId], [team.managerId], [team.techId], [team.supervisorId, team.techId]];
  for (const [i, business] of businesses.slice(0, 12).entries()) {
    services.push({
      ...business,
      name: i % 3 === 0 ? 'Office cleaning' : 'Janitorial service',
      frequency: { kind: 'weekly', interval: 1, days: [...dayPairs[i % dayPairs.length]!] },
      startDate: since,
      startTime: ['17:00', '18:00', '19:00', '06:00'][i % 4]!,
      durationMinutes: [90, 120, 150][i % 3]!,
      price: 9_000 + (i % 5) * 2_500,
      teamIds: teams[i % teams.length]!,
    });
  }
  await seedSchedule(trx, tenantId, services);
  await seedTimesheets(trx, tenantId);
  // A business with no other visits, so the shift under way changes no one else's schedule.
  const porterSite = businesses[12] ?? businesses[0]!;
  await seedVisitUnderWay(trx, tenantId, porterSite, { inId: team.techId, comingId: team.supervisorId });
  await seedReminderChoices(trx, tenantId, [accounts.featured, accounts.home]);
  await trx.updateTable('tenants').set({ show_arrival_window: true }).where('id', '=', tenantId).execute();
  const created = isoNow();
  const upgrades = [
    ['Inside the oven', 'Racks, door and walls, degreased.', 3_500, 30],
    ['Inside the fridge', 'Emptied, shelves washed, wiped dry.', 3_000, 30],
    ['Interior windows', 'Inside panes, sills and tracks.', 4_500, 45],
    ['Laundry and folding', 'One load washed, dried and folded.', 2_500, 30],
  ] as const;
  for (const [name, description, price, extra_minutes] of upgrades) {
    await trx.insertInto('upgrades').values({ id: newId(), tenant_id: tenantId, name, description, price, extra_minutes, active: true, created_at: created }).execute();
  }
}
type Invitee = { id: string; name: string; email: string };

/**
 * The staff list a real office has: people who signed in lately, a new technician who has not
 * accepted the invitation yet, and a former employee kept on file but deactivated.
 */
async function seedStaffPicture(
  trx: Executor,
  tenant: DemoTenant,
  links: DemoLinks,
  staff: Record<'ownerId' | 'adminId' | 'managerId' | 'supervisorId' | 'techId', string>,
  demoHash: string,
): Promise<void> {
  const now = Date.now();
  const lastSignIns: [string, number][] = [[staff.ownerId, days(1)], [staff.adminId, hours(20)], [staff.managerId, hours(3)], [staff.supervisorId, days(3)], [staff.techId, hours(9)]];
  for (const [id, ago] of lastSignIns) {
    await trx.updateTable('staff_users').set({ last_login_at: isoNow(new Date(now - ago)) }).where('tenant_id', '=', tenant.id).where('id', '=', id).execute();
  }

  const formerId = await insertStaffUser(trx, tenant.id, { name: 'Derek Dunn', email: 'derek@demo.test', passwordHash: demoHash, role: 'technician', mobilePhone: '(503) 555-0131' });
  await trx
    .updateTable('staff_users')
    .set({ created_at: isoNow(new Date(now - days(410))), last_login_at: isoNow(new Date(now - days(38))), deactivated_at: isoNow(new Date(now - days(35))) })
    .where('tenant_id', '=', tenant.id)
    .where('id', '=', formerId)
    .execute();

  const invitedAt = new Date(now - days(2));
  const input = addStaffInputSchema.parse({ name: 'Ines Ibarra', email: 'ines@demo.test', role: 'technician', mobilePhone: '(503) 555-0126', mobileCarrier: 'tmobile' });
  const { token } = await createInvitedStaff(trx, links.sessionSecret, asTenantId(tenant.id), input, invitedAt);
  const text = [
    `Hello ${input.name},`,
    '',
    `Olivia Owens has added you to ${tenant.name}’s office on Porter as technician.`,
    '',
    'Choose your password here (the link works once, for 7 days):',
    '',
    hiddenLinkText,
    '',
    `After that, sign in with ${input.email} and your password. If you did not expect this, ignore this email.`,
  ].join('\n');
  const invitation = { tenantId: tenant.id, to: input.email, subject: `You have been invited to ${tenant.name} on Porter`, text, secretLink: invitationLink(links.publicUrl, token) };
  await seedEmail(trx, invitation, invitedAt, { sent: true });
}

type SeededRequest = { id: string; reference: string; subject: string; text: string; status: ServiceRequestStatus; createdAt: Date; siteName: string; update: string | null };

/**
 * The outbox of a company whose mail goes out: what the request history sent to the customer and
 * to the manager (an email or a text, as he chose per site), and one portal invitation a full
 * mailbox keeps refusing, so Settings → Outbox → Failing has something to retry.
 */
async function seedMail(trx: Executor, tenant: DemoTenant, links: DemoLinks, requests: SeededRequest[], invitee: Invitee): Promise<void> {
  const oldestFirst = [...requests].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const mail = (to: string, subject: string, text: string) => ({ tenantId: tenant.id, to, subject, text });
  const toCustomer = (r: SeededRequest, headline: string, message: string) =>
    mail('customer@demo.test', `[${r.reference}] ${headline}`, [`Hello Carla Customer,`, '', `${headline} — your request ${r.reference} (${r.subject}) at ${r.siteName}.`, '', message, '', `See the request: ${links.publicUrl}/portal/${tenant.slug}/requests/${r.id}`, '', tenant.name].join('\n'));
  for (const r of oldestFirst) {
    const at = (later: number) => new Date(r.createdAt.getTime() + later);
    await seedEmail(trx, toCustomer(r, 'We received your request', r.text), at(0), { sent: true });
    const title = `New request ${r.reference} from Harborview Dental Group at ${r.siteName}: ${r.subject}`;
    // Marco reads Main Clinic's news by email and East Clinic's by text (see the assignments above).
    const notice = r.siteName === 'Main Clinic'
      ? mail('manager@demo.test', title, `Carla Customer (Harborview Dental Group, ${r.siteName}) asked for ${r.subject}:\n\n${r.text}\n\nOpen it: ${links.publicUrl}/office/requests/${r.id}`)
      : mail('5035550142@vtext.com', 'Porter', title.slice(0, 140));
    await seedEmail(trx, notice, at(1), { sent: true });
    if (r.update) await seedEmail(trx, toCustomer(r, r.status === 'resolved' ? 'Your request is resolved' : 'Your request is in progress', r.update), at(hours(2)), { sent: true });
  }

  const invitedAt = new Date(Date.now() - minutes(8));
  const token = await issueAccountToken(trx, links.sessionSecret, { kind: 'portal', id: invitee.id, tenantId: tenant.id }, 'invitation', invitationLifetime, invitedAt);
  await trx.updateTable('portal_users').set({ invited_at: isoNow(invitedAt) }).where('tenant_id', '=', tenant.id).where('id', '=', invitee.id).execute();
  const text = [
    `Hello ${invitee.name},`,
    '',
    `${tenant.name} has given you access to its customer portal, where you can see and manage the cleaning of your locations.`,
    '',
    'Choose your password here (the link works once, for 7 days):',
    '',
    hiddenLinkText,
    '',
    `After that, sign in with ${invitee.email} and your password. Questions? Contact ${tenant.name} at ${tenant.contact}.`,
  ].join('\n');
  const invitation = { ...mail(invitee.email, `Your ${tenant.name} customer portal`, text), secretLink: `${links.publicUrl}/portal/${tenant.slug}/accept-invitation?token=${token}` };
  const lastError = `Can't send mail - all recipients were rejected: 452 4.2.2 <${invitee.email}>: Recipient address rejected: Mailbox full`;
  await seedEmail(trx, invitation, invitedAt, { failedAttempts: 4, lastError });
}

/** The catalogue a cleaning company starts with: services, request categories and consumables. */
async function seedCatalogue(trx: Executor, tenantId: string, floorCareLocationId: string): Promise<void> {
  const now = isoNow();
  const services = [
    { name: 'Carpet shampoo', description: 'Deep clean of carpeted areas.', all_locations: true, active: true },
    { name: 'Window washing', description: 'Inside and outside of ground-floor windows.', all_locations: true, active: true },
    { name: 'Extra cleaning visit', description: 'An additional visit outside the regular schedule.', all_locations: true, active: true },
    { name: 'Floor strip and wax', description: 'Vinyl floors stripped, sealed and waxed.', all_locations: false, active: true },
    { name: 'Pressure washing', description: 'Seasonal; not offered at the moment.', all_locations: false, active: false },
  ];
  for (const service of services) {
    const id = newId();
    await trx.insertInto('services').values({ id, tenant_id: tenantId, ...service, visible_in_portal: true, created_at: now }).execute();
    if (service.name === 'Floor strip and wax') {
      await trx.insertInto('service_locations').values({ tenant_id: tenantId, service_id: id, location_id: floorCareLocationId }).execute();
    }
  }
  for (const name of ['Missed cleaning', 'Damage or breakage', 'Restroom needs attention', 'Billing question', 'Something else']) {
    await trx.insertInto('request_categories').values({ id: newId(), tenant_id: tenantId, name, active: true, created_at: now }).execute();
  }
  const products = [
    ['Paper towels', 'case of 12 rolls', 'PT-12'],
    ['Toilet tissue', 'case of 48 rolls', 'TT-48'],
    ['Hand soap refill', '1 litre pouch', 'HS-1L'],
    ['Trash liners, 33 gallon', 'box of 250', 'TL-33'],
    ['Disinfectant wipes', 'tub of 80', 'DW-80'],
    ['Seat covers', 'box of 1,000', 'SC-1K'],
  ];
  for (const [name, unit, sku] of products) {
    await trx.insertInto('supply_products').values({ id: newId(), tenant_id: tenantId, name: name!, unit: unit!, sku: sku!, active: true, created_at: now }).execute();
  }
}

/**
 * A little history, so the office has something to look at: a year of monthly ratings for
 * the featured customer's sites, and requests already under way or done (none new, so the
 * inbox badge starts at zero).
 */
async function seedHistory(
  trx: Executor,
  tenantId: string,
  customer: { id: string; portalUserId: string; userName: string },
  sites: { id: string; name: string }[],
  managerId: string,
): Promise<SeededRequest[]> {
  const now = Date.now();
  const ratings = [4, 3, 4, 5, 4, 2, 3, 4, 4, 5, 5, 4];
  for (const [month, rating] of ratings.entries()) {
    const at = new Date(now - (ratings.length - month) * 30 * 86_400_000).toISOString();
    const site = sites[month % sites.length]!;
    const note = rating <= 2 ? 'The restrooms were not restocked on Friday.' : rating === 5 ? 'Spotless, thank you!' : null;
    await trx.insertInto('feedback').values({ id: newId(Date.parse(at)), tenant_id: tenantId, customer_id: customer.id, location_id: site.id, portal_user_id: customer.portalUserId, rating, note, created_at: at }).execute();
  }
  const requests = [
    { subject: 'Window washing', text: 'The lobby windows have streaks after last week’s storm.', status: 'in_progress' as const, daysAgo: 2, update: 'Our window crew is booked for Thursday morning.' },
    { subject: 'Restroom needs attention', text: 'The soap dispenser in the staff restroom is broken.', status: 'open' as const, daysAgo: 1, update: null },
    { subject: 'Carpet shampoo', text: 'Please shampoo the waiting room carpet before our open day.', status: 'resolved' as const, daysAgo: 20, update: 'Done on Saturday; it dries in a few hours.' },
  ];
  const seeded: SeededRequest[] = [];
  for (const [i, r] of requests.entries()) {
    const created = new Date(now - r.daysAgo * 86_400_000).toISOString();
    const site = sites[i % sites.length]!;
    const id = newId(Date.parse(created));
    const reference = await nextReference(trx, tenantId, 'SR', new Date(created));
    await trx
      .insertInto('service_requests')
      .values({
        id,
        tenant_id: tenantId,
        reference,
        customer_id: customer.id,
        location_id: site.id,
        portal_user_id: customer.portalUserId,
        subject: r.subject,
        text: r.text,
        status: r.status,
        assignee_id: managerId,
        created_at: created,
        updated_at: created,
        opened_at: created,
        resolved_at: r.status === 'resolved' ? created : null,
      })
      .execute();
    const message = { tenant_id: tenantId, request_id: id, created_at: created, internal: false };
    await trx.insertInto('service_request_messages').values({ ...message, id: newId(Date.parse(created)), author_kind: 'portal', author_id: customer.portalUserId, author_name: customer.userName, body: r.text, status_to: 'new' }).execute();
    await trx.insertInto('service_request_messages').values({ ...message, id: newId(Date.parse(created) + 1), author_kind: 'staff', author_id: managerId, author_name: 'Marco Mendes', body: '', status_from: 'new', status_to: 'open' }).execute();
    if (r.update) {
      await trx.insertInto('service_request_messages').values({ ...message, id: newId(Date.parse(created) + 2), author_kind: 'staff', author_id: managerId, author_name: 'Marco Mendes', body: r.update, status_from: 'open', status_to: r.status === 'resolved' ? 'resolved' : 'in_progress' }).execute();
    }
    seeded.push({ id, reference, subject: r.subject, text: r.text, status: r.status, createdAt: new Date(created), siteName: site.name, update: r.update });
  }
  return seeded;
}

async function seedNorthwind(trx: Executor, demoHash: string): Promise<void> {
  const rand = generator(7);
  const { tenantId } = await createTenantWithOwner(trx, {
    name: 'Northwind Janitorial',
    slug: 'northwind',
    timeZone: 'America/Chicago',
    owner: { name: 'Nadia North', email: 'owner@northwind.test', passwordHash: demoHash },
  });
  const chicago = (address: string) => ({ address, city: 'Chicago', tz: 'America/Chicago' });
  for (const name of ['Lakeshore Offices', 'Wicker Park Bakery', 'Loop Coworking']) {
    const p = chicago(`${rand.int(100, 2400)} ${rand.pick(streets)}, Chicago, IL 606${rand.int(10, 99)}`);
    const customerId = await insertCustomer(trx, tenantId, { name, type: 'commercial', email: null, phone: null, place: p });
    await insertLocation(trx, tenantId, customerId, 'Main site', p, { features: ['serviceRequests'] });
  }
}
