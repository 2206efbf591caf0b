import { sql, type Expression, type SqlBool } from 'kysely';

/** A LIKE pattern for "contains `text`", its wildcards (and the escape character) taken literally. */
export function containingPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column` contains `text`, case-insensitively, with LIKE's wildcards in `text` taken
 * literally. The ESCAPE clause is spelled out because SQLite, unlike PostgreSQL, has no
 * default escape character.
 */
export function containsText(column: string, text: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${containingPattern(text.toLowerCase())} escape '\\'`;
}

/** The words of a search box, at most eight, each to be matched on its own. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
}
