import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// A team member's bookings by time. The schedule asks "what are these twelve people on this week"
// and "who else is booked around these visits": answered from visit_team alone, each person's
// visits had to be looked up one by one across all time (4,000 each for a technician of two years),
// or every visit of the week checked against the team (50 ms–400 ms on a million visits).
// visit_team now carries its visit's start, kept by the database itself: copied when a person is
// put on a visit and whenever the visit moves, so no code path can forget it. Indexed by person
// and by time, a week of one person is a short range of one index.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('visit_team').addColumn('starts_at', 'text').execute();
  await sql`update visit_team set starts_at = (select v.starts_at from visits v where v.id = visit_team.visit_id)`.execute(db);
  await db.schema.createIndex('visit_team_staff_starts_idx').on('visit_team').columns(['tenant_id', 'staff_user_id', 'starts_at', 'visit_id']).execute();
  await db.schema.createIndex('visit_team_starts_idx').on('visit_team').columns(['tenant_id', 'starts_at', 'visit_id']).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await postgresTriggers(db);
  else await sqliteTriggers(db);
}

async function sqliteTriggers(db: AnyDb): Promise<void> {
  // SQLite cannot change NEW in a BEFORE trigger: the row is completed just after it is written.
  await sql`create trigger visit_team_starts_at_insert after insert on visit_team for each row
    begin
      update visit_team set starts_at = (select v.starts_at from visits v where v.id = new.visit_id)
      where visit_id = new.visit_id and staff_user_id = new.staff_user_id;
    end`.execute(db);
  await sql`create trigger visits_starts_at_team after update of starts_at on visits for each row when new.starts_at is not old.starts_at
    begin
      update visit_team set starts_at = new.starts_at where visit_id = new.id;
    end`.execute(db);
}

async function postgresTriggers(db: AnyDb): Promise<void> {
  await sql`create function visit_team_starts_at() returns trigger language plpgsql as $$
    begin
      new.starts_at := (select v.starts_at from visits v where v.id = new.visit_id);
      return new;
    end $$`.execute(db);
  await sql`create trigger visit_team_starts_at before insert on visit_team for each row execute function visit_team_starts_at()`.execute(db);
  await sql`create function visits_starts_at_team() returns trigger language plpgsql as $$
    begin
      update visit_team set starts_at = new.starts_at where visit_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`create trigger visits_starts_at_team after update of starts_at on visits for each row
    when (new.starts_at is distinct from old.starts_at) execute function visits_starts_at_team()`.execute(db);
}
