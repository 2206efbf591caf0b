import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

// Frozen in time: never import app code here.
//
// Customer search through a real text index, kept current by the database itself. The words a
// customer is found by stay in `customers.search_text` (its name, email, phone, address and city,
// and each contact's name, email and mobile, joined by " | "), but triggers now write it whenever
// a customer or one of its contacts changes, so no code path can forget to. Lower-cased as
// before: PostgreSQL's LIKE is far cheaper than ILIKE, and SQLite's index folds case anyway.
// - SQLite: an FTS5 table with the trigram tokenizer, so a word typed matches anywhere inside the
//   text, as before. It stores no copy of the text (contentless, deletable rows), and its rows are
//   keyed through `customer_search_rows`, whose integer key never changes: a customer's own rowid
//   may, when the file is vacuumed.
// - PostgreSQL: a GIN trigram index (pg_trgm) on the column, which answers LIKE '%word%'.
// The old (tenant, search text, archived, id) index goes: nothing reads it now, and a long text
// could outgrow a PostgreSQL b-tree entry.
// No new tenant-owned table (the key table holds customer ids only, reached through customers),
// so no new cross-tenant keys.

type AnyDb = Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- migrations describe tables as they were, not as the app types them now

export async function up(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('customers_org_search_idx').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await indexOnPostgres(db);
  else await indexOnSqlite(db);
}

/** The search text of `customer` (a row of customers, by name or alias) and its contacts, in either database. */
function searchTextOf(customer: string, aggregate: (part: RawBuilder<unknown>) => RawBuilder<unknown>): RawBuilder<unknown> {
  const c = (column: string) => sql`nullif(${sql.ref(`${customer}.${column}`)}, '')`;
  const contact = sql`nullif(concat_ws(' | ', nullif(k.name, ''), nullif(k.email, ''), nullif(k.mobile, '')), '')`;
  return sql`lower(concat_ws(' | ', ${c('name')}, ${c('email')}, ${c('phone')}, ${c('billing_address')}, ${c('city')},
    (select ${aggregate(contact)} from customer_contacts k
     where k.tenant_id = ${sql.ref(`${customer}.tenant_id`)} and k.customer_id = ${sql.ref(`${customer}.id`)})))`;
}

async function indexOnSqlite(db: AnyDb): Promise<void> {
  // Triggers cannot call a stored function on SQLite, so each one spells the text out in full.
  const text = searchTextOf('customers', (part) => sql`group_concat(${part}, ' | ' order by k.position)`);
  const refresh = (id: string) => sql`update customers set search_text = ${text} where id = ${sql.raw(id)};`;

  await sql`update customers set search_text = ${text}`.execute(db);
  await sql`create table customer_search_rows (doc integer primary key, customer_id text not null unique)`.execute(db);
  await sql`create virtual table customer_search_fts using fts5(search_text, content='', contentless_delete=1, tokenize='trigram')`.execute(db);
  await sql`insert into customer_search_rows (customer_id) select id from customers`.execute(db);
  await sql`insert into customer_search_fts (rowid, search_text) select r.doc, c.search_text from customer_search_rows r join customers c on c.id = r.customer_id`.execute(db);

  const docOf = (id: string) => sql`(select doc from customer_search_rows where customer_id = ${sql.raw(id)})`;
  // The text first (the index row does not exist yet, so the trigger below has nothing to change), then the index row.
  await sql`create trigger customers_search_insert after insert on customers for each row begin
    ${refresh('new.id')}
    insert into customer_search_rows (customer_id) values (new.id);
    insert into customer_search_fts (rowid, search_text) select ${docOf('new.id')}, search_text from customers where id = new.id;
  end`.execute(db);
  await sql`create trigger customers_search_fields after update of name, email, phone, billing_address, city on customers for each row begin
    ${refresh('new.id')}
  end`.execute(db);
  await sql`create trigger customers_search_index after update of search_text on customers for each row when old.search_text is not new.search_text begin
    update customer_search_fts set search_text = new.search_text where rowid = ${docOf('new.id')};
  end`.execute(db);
  await sql`create trigger customers_search_delete after delete on customers for each row begin
    delete from customer_search_fts where rowid = ${docOf('old.id')};
    delete from customer_search_rows where customer_id = old.id;
  end`.execute(db);
  await sql`create trigger customer_contacts_search_insert after insert on customer_contacts for each row begin
    ${refresh('new.customer_id')}
  end`.execute(db);
  await sql`create trigger customer_contacts_search_update after update of name, email, mobile, position, customer_id on customer_contacts for each row begin
    ${refresh('old.customer_id')}
    ${refresh('new.customer_id')}
  end`.execute(db);
  await sql`create trigger customer_contacts_search_delete after delete on customer_contacts for each row begin
    ${refresh('old.customer_id')}
  end`.execute(db);
}

async function indexOnPostgres(db: AnyDb): Promise<void> {
  const trgmSchema = await installTrigramExtension(db);
  const text = searchTextOf('c', (part) => sql`string_agg(${part}, ' | ' order by k.position)`);
  await sql`create function customer_search_text(c customers) returns text language sql stable as $$ select ${text} $$`.execute(db);
  await sql`update customers c set search_text = customer_search_text(c)`.execute(db);

  await sql`create function customers_search_text() returns trigger language plpgsql as $$
    begin
      new.search_text := customer_search_text(new);
      return new;
    end $$`.execute(db);
  await sql`create trigger customers_search_text before insert or update of name, email, phone, billing_address, city on customers
    for each row execute function customers_search_text()`.execute(db);
  await sql`create function customer_contacts_search_text() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.customer_id <> new.customer_id) then
        update customers c set search_text = customer_search_text(c) where c.tenant_id = old.tenant_id and c.id = old.customer_id;
      end if;
      if tg_op <> 'DELETE' then
        update customers c set search_text = customer_search_text(c) where c.tenant_id = new.tenant_id and c.id = new.customer_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger customer_contacts_search_text after insert or delete or update of name, email, mobile, position, customer_id on customer_contacts
    for each row execute function customer_contacts_search_text()`.execute(db);

  await sql`create index customers_search_trgm_idx on customers using gin (search_text ${sql.id(trgmSchema, 'gin_trgm_ops')})`.execute(db);
}

/**
 * Installs pg_trgm once per database and answers the schema it lives in. It goes into `public`,
 * not Porter's own schema: an extension belongs to one schema of the database, and dropping that
 * schema would take every other schema's trigram index with it (each test file has a schema of
 * its own). Migrations of several schemas may run at once: a lock makes them take turns, or two
 * would both find it missing and one would fail to create it.
 */
async function installTrigramExtension(db: AnyDb): Promise<string> {
  await sql`select pg_advisory_xact_lock(hashtext('porter: create extension pg_trgm'))`.execute(db);
  const installed = await trigramSchema(db);
  if (installed) return installed;
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from pg_available_extensions where name = 'pg_trgm'`.execute(db);
  if (rows[0]?.n === 0) {
    throw new Error('Customer search needs PostgreSQL’s pg_trgm extension, which this server lacks: install its contrib modules (on Debian and Ubuntu they come with the postgresql package), then start Porter again');
  }
  try {
    await sql`create extension pg_trgm with schema public`.execute(db);
  } catch (error) {
    throw new Error(`Customer search needs PostgreSQL’s pg_trgm extension, and Porter’s database user may not create it: have the database’s owner run "create extension pg_trgm with schema public" once, then start Porter again (${String(error)})`, { cause: error });
  }
  return (await trigramSchema(db))!;
}

async function trigramSchema(db: AnyDb): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string }>`select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
  return rows[0]?.schema;
}
