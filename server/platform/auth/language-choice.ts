import type { Language } from '../../../shared/i18n/languages.ts';
import type { Executor } from '../../db/database.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';

/** Saves a person's own language; null hands the choice back to their browser and the company. */
export async function chooseLanguage(db: Executor, actor: StaffActor | PortalActor, language: Language | null): Promise<{ language: Language | null }> {
  await db
    .updateTable(actor.kind === 'staff' ? 'staff_users' : 'portal_users')
    .set({ language })
    .where('tenant_id', '=', actor.tenantId)
    .where('id', '=', actor.userId)
    .execute();
  return { language };
}
