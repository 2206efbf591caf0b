import { PostgresAdapter, sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { containingPattern } from '../../db/like.ts';
import type { CustomersTable, Database } from '../../db/schema.ts';

// The text searched is `customers.search_text`, lower-cased, which database triggers keep
// (migration 20261210093000_customer_search_index): nothing here writes it.

type Customers = SelectQueryBuilder<Database & { c: CustomersTable }, 'c', object>;

/** A trigram index finds words of this many letters or more; a shorter word has no trigram to look up. */
const trigramLetters = 3;

/**
 * The customers (as `c`) whose search text holds every word, anywhere, case aside, and each word
 * literally: quotes, %, _, *, -, NEAR and the like are only characters to find. The caller still
 * says which tenant's.
 * - PostgreSQL: one LIKE per word, which the GIN trigram index answers.
 * - SQLite: the words of three letters or more go to the FTS5 trigram index, each a quoted
 *   phrase (a quote inside doubled), so FTS5 reads none of them as syntax. A shorter word is
 *   matched with LIKE against the customers the longer ones found, or against all of the
 *   tenant's when every word is short: slower, but "al" still finds "Alder Gym".
 */
export function customersMatching(db: Executor, words: string[]): Customers {
  const customers: Customers = db.selectFrom('customers as c');
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return words.reduce((query, word) => query.where('c.search_text', 'like', containingPattern(word)), customers);
  }
  const indexed = words.filter((word) => [...word].length >= trigramLetters);
  const short = words.filter((word) => !indexed.includes(word));
  const from = indexed.length > 0 ? fromTextIndex(db, indexed) : customers;
  // The text is lower-case already, and SQLite's LIKE ignores ASCII case: no lower() per row.
  return short.reduce((query, word) => query.where(sql<SqlBool>`${sql.ref('c.search_text')} like ${containingPattern(word)} escape '\\'`), from);
}

/**
 * SQLite: the customers the FTS5 index finds, read from the index outwards. CROSS JOIN fixes that
 * order: left to choose, SQLite walks the tenant's whole name index instead whenever it has no
 * statistics yet, which is always on a fresh database.
 */
function fromTextIndex(db: Executor, words: string[]): Customers {
  const phrases = words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' ');
  const found = db
    .selectFrom('customer_search_fts as f')
    .crossJoin('customer_search_rows as r')
    .select('r.customer_id')
    .where(sql.ref('f.customer_search_fts'), 'match', phrases)
    .whereRef('r.doc', '=', 'f.rowid')
    .as('m');
  const customers = db.selectFrom(found).crossJoin('customers as c').whereRef('c.id', '=', 'm.customer_id');
  // `m` is only joined on, never read: the query is the customers one, as the caller builds on it.
  return customers as unknown as Customers;
}
