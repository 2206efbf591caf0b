import type { CleaningFrequency } from '../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { isoNow } from '../lib/time.ts';

type DemoArea = { name: string; notes?: string; tasks: [string, CleaningFrequency][] };

/** What a cleaning company writes down for an office building. */
export const officePlan: DemoArea[] = [
  {
    name: 'Reception',
    notes: 'Front desk, waiting area and the entrance.',
    tasks: [
      ['Dust and wipe the front desk, phones and keyboards', 'every_visit'],
      ['Vacuum the carpet and the entrance mats', 'every_visit'],
      ['Empty the bins and replace the liners', 'every_visit'],
      ['Clean the glass of the entrance doors, inside and out', 'weekly'],
      ['Wipe the chairs and the magazine tables', 'weekly'],
      ['Dust the picture frames, vents and high ledges', 'monthly'],
    ],
  },
  {
    name: 'Restrooms',
    notes: 'Patient restrooms and the staff restroom.',
    tasks: [
      ['Clean and disinfect toilets, sinks and urinals', 'every_visit'],
      ['Refill soap, paper towels and toilet tissue', 'every_visit'],
      ['Clean the mirrors and wipe the dispensers', 'every_visit'],
      ['Mop the floors with disinfectant', 'every_visit'],
      ['Descale the taps and scrub the grout', 'weekly'],
      ['Wash the partition walls and the doors', 'monthly'],
    ],
  },
  {
    name: 'Kitchen',
    notes: 'Staff kitchen on the first floor.',
    tasks: [
      ['Wipe the counters, the sink and the table', 'every_visit'],
      ['Empty the bins and the recycling', 'every_visit'],
      ['Clean the microwave inside and out', 'weekly'],
      ['Wipe the fronts of the fridge and the cupboards', 'weekly'],
      ['Clean out the fridge (with the staff’s approval)', 'monthly'],
    ],
  },
  {
    name: 'Open office',
    tasks: [
      ['Empty the bins under the desks', 'every_visit'],
      ['Vacuum the floors, around and under the desks', 'every_visit'],
      ['Wipe the desks where they are cleared', 'weekly'],
      ['Disinfect the door handles and light switches', 'weekly'],
      ['Dust the blinds and the window sills', 'monthly'],
    ],
  },
];

/** And for a family's home. */
export const homePlan: DemoArea[] = [
  {
    name: 'Kitchen',
    tasks: [
      ['Clean the counters, the stovetop and the sink', 'every_visit'],
      ['Wipe the fronts of the appliances', 'every_visit'],
      ['Sweep and mop the floor', 'every_visit'],
      ['Clean the microwave inside', 'weekly'],
      ['Clean inside the oven', 'monthly'],
    ],
  },
  {
    name: 'Bathrooms',
    notes: 'Upstairs bathroom and the downstairs toilet.',
    tasks: [
      ['Clean the toilet, the sink and the tub or shower', 'every_visit'],
      ['Polish the mirrors and the taps', 'every_visit'],
      ['Mop the floor', 'every_visit'],
      ['Wash the bath mats', 'weekly'],
      ['Scrub the grout and descale the shower head', 'monthly'],
    ],
  },
  {
    name: 'Bedrooms',
    tasks: [
      ['Make the beds', 'every_visit'],
      ['Dust the furniture and the lamps', 'every_visit'],
      ['Vacuum the floors and under the beds', 'every_visit'],
      ['Change the bed linen', 'weekly'],
      ['Vacuum the mattresses and wipe the skirting boards', 'monthly'],
    ],
  },
];

/** Writes a plan for a location, its areas and tasks in the order given. */
export async function seedCleaningPlan(trx: Executor, tenantId: string, locationId: string, plan: DemoArea[]): Promise<void> {
  const now = isoNow();
  for (const [position, area] of plan.entries()) {
    const areaId = newId();
    await trx.insertInto('cleaning_plan_areas').values({ id: areaId, tenant_id: tenantId, location_id: locationId, name: area.name, notes: area.notes ?? null, position, created_at: now, updated_at: now }).execute();
    await trx
      .insertInto('cleaning_plan_tasks')
      .values(area.tasks.map(([text, frequency], i) => ({ id: newId(), tenant_id: tenantId, location_id: locationId, area_id: areaId, text, frequency, position: i, created_at: now, updated_at: now })))
      .execute();
  }
}
