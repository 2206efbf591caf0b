import type { Kysely } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { migrations } from './migrations/index.ts';
import { unscoped } from './tenant-scope.ts';

/** Brings the schema up to date. Migrations only go forward; a failure stops start-up. */
export async function migrateToLatest<DB>(db: Kysely<DB>, schema?: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db: unscoped(db, 'migrations change every tenant’s rows at once'),
    // Named explicitly: otherwise PostgreSQL's check for the migration tables also sees other schemas' tables.
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'porter_migrations',
    migrationLockTableName: 'porter_migrations_lock',
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    // No failed migration means the database could not be reached or read: that error says why.
    if (!failed) throw result.error;
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
