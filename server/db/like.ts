import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * `column` contains `text`, case-insensitively, with LIKE's wildcards in `text` taken
 * literally. The ESCAPE clause is spelled out because SQLite, unlike PostgreSQL, has no
 * default escape character.
 */
export function containsText(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** The words of a search box, at most eight, each to be matched on its own. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
}
