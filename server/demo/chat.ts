import type { Executor } from '../db/database.ts';
import { newId } from '../lib/ids.ts';
import { hours, minutes } from '../lib/time.ts';

type Line = { minutesAgo: number; from: 'customer' | 'company'; text: string };
type Conversation = { locationId: string; customer: { id: string; name: string }; staff: { id: string; name: string }; lines: Line[]; staffReadUpTo: number; customerReadAll: boolean; removeFirst?: boolean };

export type ChatPeople = { carla: string; henry: string; managerId: string; ownerId: string };
export type ChatPlaces = { mainClinic: string; eastClinic: string; homeLocation: string };

/**
 * A few conversations, so both the portal's Chat and the office's show something: the main
 * clinic's ends with Carla's question Marco has not read yet; the east clinic's is all read; the
 * Hollis home has nobody assigned and trained, so Henry reaches the owners and admins, and one of
 * his messages was removed by the owner.
 */
export async function seedChat(trx: Executor, tenantId: string, places: ChatPlaces, people: ChatPeople): Promise<void> {
  const carla = { id: people.carla, name: 'Carla Customer' };
  const marco = { id: people.managerId, name: 'Marco Mendes' };
  const conversations: Conversation[] = [
    {
      locationId: places.mainClinic,
      customer: carla,
      staff: marco,
      lines: [
        { minutesAgo: 60 * 26, from: 'customer', text: 'Good morning! Could the team use the unscented products in treatment room 2 from now on? A patient is sensitive.' },
        { minutesAgo: 60 * 25, from: 'company', text: 'Of course, Carla. I have told the team and added a note to the checklist.' },
        { minutesAgo: 60 * 25 - 10, from: 'customer', text: 'Thank you!' },
        { minutesAgo: 35, from: 'customer', text: 'The hand soap dispenser in the staff bathroom is empty. Can tonight’s team refill it?' },
      ],
      staffReadUpTo: 3,
      customerReadAll: true,
    },
    {
      locationId: places.eastClinic,
      customer: carla,
      staff: marco,
      lines: [
        { minutesAgo: 60 * 24 * 3, from: 'company', text: 'Hi Carla, the floor crew will strip and wax the lobby on Saturday. Please keep the chairs clear by 8 am.' },
        { minutesAgo: 60 * 24 * 3 - 45, from: 'customer', text: 'Noted, I will let the front desk know.' },
      ],
      staffReadUpTo: 2,
      customerReadAll: true,
    },
    {
      locationId: places.homeLocation,
      customer: { id: people.henry, name: 'Henry Hollis' },
      staff: { id: people.ownerId, name: 'Olivia Owens' },
      lines: [
        { minutesAgo: 60 * 50, from: 'customer', text: 'Sent by mistake, please ignore.' },
        { minutesAgo: 60 * 49, from: 'customer', text: 'We have a new dog. He is friendly, but please keep the back gate closed.' },
        { minutesAgo: 60 * 48, from: 'company', text: 'Thanks for letting us know, Henry. The team will keep the gate closed.' },
      ],
      staffReadUpTo: 3,
      customerReadAll: true,
      removeFirst: true,
    },
  ];
  const now = Date.now();
  for (const conversation of conversations) {
    const at = conversation.lines.map((line) => new Date(now - minutes(line.minutesAgo)).toISOString());
    for (const [i, line] of conversation.lines.entries()) {
      const fromCustomer = line.from === 'customer';
      const removed = conversation.removeFirst && i === 0;
      await trx
        .insertInto('chat_messages')
        .values({
          id: newId(),
          tenant_id: tenantId,
          location_id: conversation.locationId,
          sender_kind: fromCustomer ? 'portal' : 'staff',
          portal_user_id: fromCustomer ? conversation.customer.id : null,
          staff_user_id: fromCustomer ? null : conversation.staff.id,
          sender_name: fromCustomer ? conversation.customer.name : conversation.staff.name,
          text: removed ? '' : line.text,
          created_at: at[i]!,
          deleted_at: removed ? new Date(now - minutes(line.minutesAgo) + hours(1)).toISOString() : null,
          deleted_by: removed ? people.ownerId : null,
        })
        .execute();
    }
    const reader = { tenant_id: tenantId, location_id: conversation.locationId, notified_at: null };
    await trx.insertInto('chat_readers').values({ ...reader, id: newId(), portal_user_id: null, staff_user_id: conversation.staff.id, last_read_at: at[conversation.staffReadUpTo - 1]! }).execute();
    if (conversation.customerReadAll) await trx.insertInto('chat_readers').values({ ...reader, id: newId(), portal_user_id: conversation.customer.id, staff_user_id: null, last_read_at: at.at(-1)! }).execute();
  }
}
