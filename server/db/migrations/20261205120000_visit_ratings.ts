import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// A customer's rating of a visit is feedback about that visit: feedback gains the visit it rates,
// at most one rating per visit. The key to the visit is enforced across tenants as the earlier
// migrations enforce theirs: a composite key on PostgreSQL, triggers on SQLite.
export const ratingReferences = [{ table: 'feedback', column: 'visit_id', parent: 'visits', onDelete: 'set null' }] as const;

const message = `'cross-tenant reference: feedback.visit_id'`;

export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table feedback add column visit_id text, add constraint feedback_visit_id_tenant_fkey
      foreign key (tenant_id, visit_id) references visits (tenant_id, id) match simple on delete set null (visit_id)`.execute(db);
  } else {
    await db.schema.alterTable('feedback').addColumn('visit_id', 'text', (c) => c.references('visits.id').onDelete('set null')).execute();
    const refuse = sql`
      when new.visit_id is not null
      begin
        select raise(abort, ${sql.raw(message)}) where exists (select 1 from visits p where p.id = new.visit_id and p.tenant_id <> new.tenant_id);
      end`;
    await sql`create trigger feedback_visit_id_tenant_insert before insert on feedback for each row ${refuse}`.execute(db);
    await sql`create trigger feedback_visit_id_tenant_update before update of visit_id, tenant_id on feedback for each row ${refuse}`.execute(db);
    await sql`create trigger feedback_visit_id_tenant_parent_update before update of tenant_id on visits for each row
      begin
        select raise(abort, ${sql.raw(message)}) where exists (select 1 from feedback c where c.visit_id = old.id and c.tenant_id <> new.tenant_id);
      end`.execute(db);
  }
  // One rating per visit; ratings of a location alone (no visit) are as many as people give.
  await db.schema.createIndex('feedback_visit_unique').on('feedback').columns(['tenant_id', 'visit_id']).unique().execute();
}
