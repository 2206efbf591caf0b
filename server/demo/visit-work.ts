import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { isoNow, minutes } from '../lib/time.ts';

/** What the team wrote on a few visits: one note for the customer, one problem for the office. */
const customerNotes = [
  'Restocked the soap and paper towels in both restrooms. The kitchen sink drains slowly; worth a plumber’s look.',
  'Moved the boxes in the hallway to vacuum behind them and put them back where they were.',
];
const problemNote = 'The vacuum in the supply closet trips the breaker when it starts. Used the spare; please replace it.';

/**
 * The checklist, ticks and notes of a location's last few completed visits, as the team would have
 * left them: every visit's and weekly tasks, all ticked but one on an older visit, in order through
 * the visit by whoever was on it.
 */
export async function seedVisitWork(trx: Executor, tenantId: string, locationId: string, count: number): Promise<void> {
  const [rows, areas, tasks] = await Promise.all([
    trx
      .selectFrom('visits as v')
      .innerJoin('visit_team as t', (join) => join.onRef('t.visit_id', '=', 'v.id').onRef('t.tenant_id', '=', 'v.tenant_id'))
      .select(['v.id', 'v.starts_at', 't.staff_user_id'])
      .where('v.tenant_id', '=', tenantId)
      .where('v.location_id', '=', locationId)
      .where('v.status', '=', 'completed')
      .orderBy('v.starts_at', 'desc')
      .orderBy('t.staff_user_id')
      .limit(count * 3)
      .execute(),
    trx.selectFrom('cleaning_plan_areas').select(['id', 'name']).where('tenant_id', '=', tenantId).where('location_id', '=', locationId).orderBy('position').execute(),
    trx.selectFrom('cleaning_plan_tasks').select(['id', 'area_id', 'text', 'frequency']).where('tenant_id', '=', tenantId).where('location_id', '=', locationId).where('frequency', '!=', 'monthly').orderBy('position').execute(),
  ]);
  // One row per visit, ticked by the first of its team.
  const visits = rows.filter((row, i) => rows.findIndex((other) => other.id === row.id) === i).slice(0, count);
  const planned = areas.flatMap((area) => tasks.filter((task) => task.area_id === area.id).map((task) => ({ ...task, area: area.name })));
  for (const [index, visit] of visits.entries()) {
    const start = Date.parse(visit.starts_at);
    const items = planned.map((task, position) => ({ id: newId(), tenant_id: tenantId, visit_id: visit.id, task_id: task.id, area_name: task.area, task_text: task.text, position, created_at: isoNow(new Date(start)) }));
    if (items.length > 0) await trx.insertInto('visit_checklist_items').values(items).execute();
    // The third visit back left its last task undone: the report shows it honestly.
    const ticked = index === 2 ? items.slice(0, -1) : items;
    const ticks = ticked.map((item, i) => {
      const at = isoNow(new Date(start + minutes(8 + i * 6)));
      return { id: newId(), tenant_id: tenantId, item_id: item.id, visit_id: visit.id, staff_user_id: visit.staff_user_id, client_id: newId(), done: true, ticked_at: at, created_at: at };
    });
    for (let i = 0; i < ticks.length; i += 50) await trx.insertInto('visit_checklist_ticks').values(ticks.slice(i, i + 50)).execute();
    const note = (text: string, forCustomer: boolean, problem: boolean) => ({
      id: newId(), tenant_id: tenantId, visit_id: visit.id, staff_user_id: visit.staff_user_id, client_id: newId(), text, for_customer: forCustomer, problem, created_at: isoNow(new Date(start + minutes(70))),
    });
    if (index < customerNotes.length) await trx.insertInto('visit_notes').values(note(customerNotes[index]!, true, false)).execute();
    if (index === 1) await trx.insertInto('visit_notes').values(note(problemNote, false, true)).execute();
  }
}
