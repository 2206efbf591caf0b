import type { KeyKind } from '../../shared/features/keys/keys.contract.ts';
import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { days, hours } from '../lib/time.ts';

type DemoKey = { locationId: string; label: string; kind: KeyKind; code?: string; notes?: string; log: { out: string; by: string; daysAgo: number; back?: number }[] };

export type KeyPeople = { techId: string; supervisorId: string; managerId: string; adminId: string };

/**
 * The keys Sparkle holds for the clinic and the home: some in the office, one out with the
 * technician who cleans there, each with a few weeks of check-outs and returns, so the Keys tab
 * and the field app's visit page have something to show.
 */
export async function seedKeys(trx: Executor, tenantId: string, places: { mainClinic: string; eastClinic: string; homeLocation: string }, people: KeyPeople): Promise<void> {
  const { techId, supervisorId, managerId, adminId } = people;
  const keys: DemoKey[] = [
    {
      locationId: places.mainClinic,
      label: 'Staff entrance, red tag',
      kind: 'key',
      notes: 'Opens the back door and the cleaning cupboard.',
      log: [
        { out: supervisorId, by: managerId, daysAgo: 21, back: 20 },
        { out: techId, by: managerId, daysAgo: 14, back: 13 },
        // Still out: the technician keeps it for this week's visits.
        { out: techId, by: adminId, daysAgo: 3 },
      ],
    },
    { locationId: places.mainClinic, label: 'Alarm panel', kind: 'code', code: '4711#', notes: 'Panel left of the staff entrance; 30 seconds to enter the code.', log: [] },
    { locationId: places.mainClinic, label: 'Supply room fob', kind: 'fob', log: [{ out: supervisorId, by: managerId, daysAgo: 9, back: 8 }] },
    { locationId: places.eastClinic, label: 'Front door card', kind: 'card', code: '2580', notes: 'The card needs its PIN after 8 pm.', log: [] },
    { locationId: places.homeLocation, label: 'House key, blue ring', kind: 'key', notes: 'Kept in the key safe by the garage; the owners have a spare.', log: [{ out: techId, by: supervisorId, daysAgo: 6, back: 5 }] },
  ];
  const now = Date.now();
  // Keys go out at 7 am and come back at 8 am, Portland time (15:00 and 16:00 UTC in winter).
  const dayStart = (daysAgo: number) => Math.floor((now - days(daysAgo)) / days(1)) * days(1);
  const outAt = (daysAgo: number) => new Date(dayStart(daysAgo) + hours(15)).toISOString();
  for (const key of keys) {
    const id = newId();
    const last = key.log.at(-1);
    const held = last && last.back === undefined ? last : null;
    const stamp = new Date(now - days(30)).toISOString();
    await trx
      .insertInto('customer_keys')
      .values({
        id,
        tenant_id: tenantId,
        location_id: key.locationId,
        label: key.label,
        kind: key.kind,
        code: key.code ?? null,
        notes: key.notes ?? null,
        holder_staff_id: held?.out ?? null,
        held_since: held ? outAt(held.daysAgo) : null,
        created_at: stamp,
        updated_at: stamp,
      })
      .execute();
    for (const entry of key.log) {
      const out = outAt(entry.daysAgo);
      const movement = { tenant_id: tenantId, key_id: id, staff_user_id: entry.out, recorded_by_staff_id: entry.by };
      await trx.insertInto('key_movements').values({ ...movement, id: newId(), kind: 'checked_out', happened_at: out, created_at: out }).execute();
      if (entry.back === undefined) continue;
      const back = new Date(dayStart(entry.back) + hours(16)).toISOString();
      await trx.insertInto('key_movements').values({ ...movement, id: newId(), kind: 'returned', happened_at: back, created_at: back }).execute();
    }
  }
}
