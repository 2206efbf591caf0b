import type { Kysely } from 'kysely';

// Frozen in time: never import app code here.
export async function up(db: Kysely<any>): Promise<void> { // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now
  // The language a person's page and emails use when they have not chosen one and their browser's is unknown.
  await db.schema.alterTable('organizations').addColumn('default_language', 'text', (c) => c.notNull().defaultTo('en')).execute();
  // The company's own postal address, shown on its portal and, later, its invoices.
  await db.schema.alterTable('organizations').addColumn('address', 'text').execute();
  for (const table of ['staff_users', 'portal_users']) {
    // `language`: the person's own choice. `browser_language`: what their browser asked for when
    // they last signed in, so emails reach them in the language they read the portal in.
    await db.schema.alterTable(table).addColumn('language', 'text').execute();
    await db.schema.alterTable(table).addColumn('browser_language', 'text').execute();
  }
}
