import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// How many people are on each visit, kept on the visit by the database. The schedule's first page
// shows the visits nobody is on yet; found as "not among the week's team rows", every visit of the
// week had to be read and checked (10,000 in a large company's week: 10 ms on SQLite, over 600 ms
// on PostgreSQL, where each one is a heap page). Counted by triggers on visit_team, the visits
// nobody is on are a partial index of their own, nearly empty, and a range of it is read instead.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('visits').addColumn('team_size', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update visits set team_size = (select count(*) from visit_team t where t.tenant_id = visits.tenant_id and t.visit_id = visits.id)
    where exists (select 1 from visit_team t where t.tenant_id = visits.tenant_id and t.visit_id = visits.id)`.execute(db);
  await sql`create index visits_unassigned_idx on visits (tenant_id, starts_at) where team_size = 0`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);
}

async function sqliteTriggers(db: AnyDb): Promise<void> {
  await sql`create trigger visit_team_size_insert after insert on visit_team for each row
    begin
      update visits set team_size = team_size + 1 where tenant_id = new.tenant_id and id = new.visit_id;
    end`.execute(db);
  await sql`create trigger visit_team_size_delete after delete on visit_team for each row
    begin
      update visits set team_size = team_size - 1 where tenant_id = old.tenant_id and id = old.visit_id;
    end`.execute(db);
  await sql`create trigger visit_team_size_move after update of visit_id, tenant_id on visit_team for each row
    when new.visit_id is not old.visit_id or new.tenant_id is not old.tenant_id
    begin
      update visits set team_size = team_size - 1 where tenant_id = old.tenant_id and id = old.visit_id;
      update visits set team_size = team_size + 1 where tenant_id = new.tenant_id and id = new.visit_id;
    end`.execute(db);
}

async function postgresTriggers(db: AnyDb): Promise<void> {
  await sql`create function visit_team_size() returns trigger language plpgsql as $$
    begin
      if tg_op in ('DELETE', 'UPDATE') then
        update visits set team_size = team_size - 1 where tenant_id = old.tenant_id and id = old.visit_id;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        update visits set team_size = team_size + 1 where tenant_id = new.tenant_id and id = new.visit_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger visit_team_size after insert or delete on visit_team for each row execute function visit_team_size()`.execute(db);
  await sql`create trigger visit_team_size_move after update of visit_id, tenant_id on visit_team for each row
    when (new.visit_id is distinct from old.visit_id or new.tenant_id is distinct from old.tenant_id) execute function visit_team_size()`.execute(db);
}
