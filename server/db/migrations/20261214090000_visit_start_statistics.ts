import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import app code here.
//
// PostgreSQL estimates a range of visits (`starts_at >= a and starts_at < b`) from a histogram of
// a hundred buckets. Starts are ISO text, and within a bucket its guess for each side is rough:
// a year of a million visits puts 10,000 in a bucket, a day's range is a fraction of one, and the
// two sides' errors cancel it out to "one row". Trusting that, the planner walked the company's
// visits of the range once per team row (the schedule's everyone's-day page: 25 ms, 2 ms with a
// true estimate). A thousand buckets keep a day's range a few buckets wide. SQLite reads these
// ranges from its indexes without such an estimate.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

const rangeStatisticsTarget = 1000;

export async function up(db: AnyDb): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const table of ['visits', 'visit_team']) {
    await sql`alter table ${sql.table(table)} alter column starts_at set statistics ${sql.lit(rangeStatisticsTarget)}`.execute(db);
  }
}
