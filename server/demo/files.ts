import PDFDocument from 'pdfkit';
import sharp from 'sharp';
import type { StoredFileKind } from '../../shared/features/files/files.contract.ts';
import type { Executor } from '../db/database.ts';
import type { FileStorage } from '../lib/file-storage.ts';
import { newId } from '../lib/ids.ts';
import { pdfBytes } from '../lib/pdf.ts';
import { days } from '../lib/time.ts';

/** Bytes the demo's rows point at, written to the file store once the rows are committed. */
export type DemoFile = { key: string; data: Buffer };

/** A one-page PDF made here: a title and a few lines, as a real document of the kind would read. */
function demoPdf(title: string, lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Sparkle Facility Services' } });
  doc.fontSize(20).text(title).moveDown();
  doc.fontSize(11);
  for (const line of lines) doc.text(line).moveDown(0.5);
  doc.end();
  return pdfBytes(doc);
}

/** A small picture made here: a room's plain colour with a lighter band, standing for a photo of it. */
function demoPicture(colour: string): Promise<Buffer> {
  const band = Buffer.from('<svg width="480" height="320"><rect x="0" y="200" width="480" height="120" fill="#ffffff" fill-opacity="0.35"/></svg>');
  return sharp({ create: { width: 480, height: 320, channels: 3, background: colour } }).composite([{ input: band }]).png().toBuffer();
}

type Place = { mainClinic: string; homeLocation: string; featured: string; home: string };
type People = { managerId: string; supervisorId: string };

/**
 * A few files at Main Clinic (where the portal's File storage is on) and at the home (where it is
 * off: the home's tab bar stays as it was, and switching it on shows the shared file), some shared
 * and some kept in the office; and resources for both customers: shared and internal links and files.
 */
export async function seedFiles(trx: Executor, tenantId: string, places: Place, people: People): Promise<DemoFile[]> {
  const stored: DemoFile[] = [];
  const now = Date.now();
  const keep = (prefix: string, data: Buffer) => {
    const id = newId();
    const key = `${prefix}/${tenantId}/${id}`;
    stored.push({ key, data });
    return { id, key };
  };
  const locationFiles: { locationId: string; name: string; kind: StoredFileKind; type: string; data: Buffer; shared: boolean; daysAgo: number; by: string }[] = [
    {
      locationId: places.mainClinic, name: 'Floor plan, ground floor.pdf', kind: 'document', type: 'application/pdf', shared: true, daysAgo: 40, by: people.managerId,
      data: await demoPdf('Main Clinic — floor plan, ground floor', ['Reception and waiting room: 62 m²', 'Treatment rooms 1–6: 14 m² each', 'Sterilisation room: no entry during opening hours', 'Staff room and kitchen: 18 m²', 'Cleaning cupboard: behind the staff entrance']),
    },
    {
      locationId: places.mainClinic, name: 'Reception after the refit.png', kind: 'image', type: 'image/png', shared: true, daysAgo: 12, by: people.supervisorId,
      data: await demoPicture('#6c9ab8'),
    },
    {
      locationId: places.mainClinic, name: 'Alarm and access instructions.pdf', kind: 'document', type: 'application/pdf', shared: false, daysAgo: 30, by: people.managerId,
      data: await demoPdf('Main Clinic — alarm and access', ['Staff entrance at the back; the key is on the red tag.', 'Alarm panel to the left of the door: 30 seconds to enter the code.', 'Last person out sets the alarm and checks the sterilisation room door.']),
    },
    {
      locationId: places.mainClinic, name: 'Consumables stock.csv', kind: 'document', type: 'text/csv', shared: false, daysAgo: 5, by: people.supervisorId,
      data: Buffer.from('item,unit,in stock\nHand towels,case of 12,4\nSoap refill,1 litre,9\nBin liners,roll of 50,6\nDisinfectant,5 litres,2\n'),
    },
    {
      locationId: places.homeLocation, name: 'What we clean on each visit.pdf', kind: 'document', type: 'application/pdf', shared: true, daysAgo: 20, by: people.managerId,
      data: await demoPdf('Hollis Home — what we clean on each visit', ['Kitchen: counters, hob, sink, outside of the appliances, floor', 'Bathrooms: toilet, shower, basin, mirrors, floor', 'Living areas: dusting, vacuuming, mopping', 'Bedrooms: beds changed when fresh linen is left out']),
    },
  ];
  for (const file of locationFiles) {
    const { id, key } = keep('location-files', file.data);
    await trx
      .insertInto('location_files')
      .values({ id, tenant_id: tenantId, location_id: file.locationId, uploaded_by_id: file.by, file_name: file.name, content_type: file.type, kind: file.kind, size_bytes: file.data.length, storage_key: key, shared: file.shared, created_at: new Date(now - days(file.daysAgo)).toISOString() })
      .execute();
  }

  const links = [
    { customerId: places.featured, title: 'Our cleaning standards', description: 'What every visit includes, room by room.', url: 'https://sparkle.example/standards', shared: true, daysAgo: 60 },
    { customerId: places.featured, title: 'Harborview contract folder', description: 'Signed agreement and change orders.', url: 'https://drive.sparkle.example/customers/harborview', shared: false, daysAgo: 90 },
    { customerId: places.home, title: 'Getting your home ready for a deep clean', description: null, url: 'https://sparkle.example/guides/deep-clean', shared: true, daysAgo: 25 },
  ];
  for (const link of links) {
    const stamp = new Date(now - days(link.daysAgo)).toISOString();
    await trx
      .insertInto('customer_resources')
      .values({ id: newId(), tenant_id: tenantId, customer_id: link.customerId, created_by_id: people.managerId, kind: 'link', title: link.title, description: link.description, url: link.url, file_name: null, content_type: null, size_bytes: null, storage_key: null, shared: link.shared, created_at: stamp, updated_at: stamp })
      .execute();
  }
  const resourceFiles = [
    { title: 'Safety data sheets', fileName: 'Safety data sheets.pdf', shared: true, daysAgo: 45, data: await demoPdf('Safety data sheets — products used at Harborview', ['Neutral floor cleaner: no hazard symbols', 'Disinfectant (quaternary ammonium): wear gloves; keep away from children', 'Glass cleaner: flammable; store below 25 °C']) },
    { title: 'Price agreement 2026', fileName: 'Price agreement 2026.pdf', shared: false, daysAgo: 70, data: await demoPdf('Harborview Dental Group — price agreement 2026', ['Nightly clean, Main Clinic: as quoted', 'Weekly clean, East Clinic: as quoted', 'Review due in December']) },
  ];
  for (const file of resourceFiles) {
    const { id, key } = keep('resources', file.data);
    const stamp = new Date(now - days(file.daysAgo)).toISOString();
    await trx
      .insertInto('customer_resources')
      .values({ id, tenant_id: tenantId, customer_id: places.featured, created_by_id: people.managerId, kind: 'file', title: file.title, description: null, url: null, file_name: file.fileName, content_type: 'application/pdf', size_bytes: file.data.length, storage_key: key, shared: file.shared, created_at: stamp, updated_at: stamp })
      .execute();
  }
  return stored;
}

/** Writes the demo's files to the store; done after the rows are committed, as an upload is. */
export async function storeDemoFiles(files: FileStorage, stored: DemoFile[]): Promise<void> {
  for (const file of stored) await files.put(file.key, file.data);
}
