import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// The product calls what a customer sends a *request*; the first migrations also called it a
// ticket. One word per concept, down to the tables, so nobody has to learn that the two are one.
export const renamedTables = { ticket_categories: 'request_categories' } as const;

const renamedOrganizationColumns = {
  tickets_allowed: 'requests_allowed',
  show_open_tickets: 'show_open_requests',
  show_closed_tickets: 'show_closed_requests',
  default_ticket_assignee_id: 'default_request_assignee_id',
} as const;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  for (const [from, to] of Object.entries(renamedOrganizationColumns)) {
    await db.schema.alterTable('organizations').renameColumn(from, to).execute();
  }
  // SQLite rewrites the tenant triggers' bodies and the foreign keys that name the table;
  // PostgreSQL keeps its constraints by identity, so only their names need to follow.
  await db.schema.alterTable('ticket_categories').renameTo('request_categories').execute();
  await db.schema.dropIndex('ticket_categories_org_idx').execute();
  await db.schema.createIndex('request_categories_org_idx').on('request_categories').columns(['organization_id', 'name']).execute();
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const suffix of ['pkey', 'organization_id_id_unique']) {
    await sql`alter table request_categories rename constraint ${sql.id(`ticket_categories_${suffix}`)} to ${sql.id(`request_categories_${suffix}`)}`.execute(db);
  }
  await sql`alter table request_categories rename constraint ticket_categories_organization_id_fkey to request_categories_organization_id_fkey`.execute(db);
}
