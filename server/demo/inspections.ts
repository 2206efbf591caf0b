import { inspectionScore } from '../../shared/features/inspections/inspection-score.ts';
import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { days } from '../lib/time.ts';

/** What a supervisor writes about an area that fell short, by how it was rated. */
const shortfalls = [
  'Dust on the window sills and the top of the door frames.',
  'Bins emptied but the liners were not replaced.',
  'Streaks on the glass; smudges by the handles.',
  'Floor mopped, but the corners and the skirting were missed.',
  'Soap dispensers nearly empty at the end of the day.',
];
const praise = ['Spotless.', 'Very tidy, well done.', 'Looks and smells clean.'];

type Inspected = { tenantId: string; customerId: string; locationId: string; inspector: { id: string; name: string } };

/**
 * Inspections every two weeks going back `count` fortnights, of every area in the location's
 * plan, rated on 1–5 with the scores rising over the months: the trend the office and the portal
 * show. Each inspection is linked to the last completed visit before it, where there is one.
 */
export async function seedInspections(trx: Executor, place: Inspected, count: number, now = new Date()): Promise<void> {
  const { tenantId, locationId } = place;
  const areas = await trx.selectFrom('cleaning_plan_areas').select(['name']).where('tenant_id', '=', tenantId).where('location_id', '=', locationId).orderBy('position').execute();
  for (let k = 0; k < count; k++) {
    // A little after ten in the morning, on the location's clock in Portland.
    const day = new Date(now.getTime() - days(14 * (count - k) - 3));
    const inspectedAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 17, 15 + k)).toISOString();
    const progress = count > 1 ? k / (count - 1) : 1;
    const ratings = areas.map((_, i) => Math.min(5, Math.max(1, Math.round(3 + progress * 1.6 + (((i * 7 + k * 3) % 3) - 1) * 0.6))));
    // Now and then an area is skipped (closed for a meeting): it is listed, not rated.
    const rated = ratings.map((rating, i) => ((i + k) % 5 === 4 ? null : rating));
    const visit = await trx
      .selectFrom('visits')
      .select(['id'])
      .where('tenant_id', '=', tenantId)
      .where('location_id', '=', locationId)
      .where('status', '=', 'completed')
      .where('starts_at', '<', inspectedAt)
      .orderBy('starts_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const id = newId(Date.parse(inspectedAt));
    await trx
      .insertInto('inspections')
      .values({
        id,
        tenant_id: tenantId,
        customer_id: place.customerId,
        location_id: locationId,
        visit_id: visit?.id ?? null,
        scale: 'five_point',
        score: inspectionScore('five_point', rated),
        note: k === count - 1 ? 'Best result so far: the new restroom routine is working.' : null,
        inspected_by_kind: 'staff',
        inspected_by_id: place.inspector.id,
        inspector_name: place.inspector.name,
        inspected_at: inspectedAt,
      })
      .execute();
    if (areas.length === 0) continue;
    await trx
      .insertInto('inspection_areas')
      .values(
        areas.map((area, i) => {
          const rating = rated[i]!;
          const comment = rating === null ? null : rating <= 3 ? shortfalls[(i + k) % shortfalls.length]! : rating === 5 && (i + k) % 4 === 0 ? praise[(i + k) % praise.length]! : null;
          return { id: newId(), tenant_id: tenantId, inspection_id: id, name: area.name, position: i, rating, comment };
        }),
      )
      .execute();
  }
}
