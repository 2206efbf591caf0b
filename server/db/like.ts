import { sql, type Expression, type SqlBool } from 'kysely';

/** A lower-case LIKE pattern for "contains `text`", its wildcards (and the escape character) taken literally. */
export function containingPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column`, lower-cased, matches a pattern made by `containingPattern`. The ESCAPE clause is
 * spelled out because SQLite, unlike PostgreSQL, has no default escape character.
 */
export function matchesPattern(column: string, pattern: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}

/** `column` contains `text`, case-insensitively, with LIKE's wildcards in `text` taken literally. */
export function containsText(column: string, text: string): Expression<SqlBool> {
  return matchesPattern(column, containingPattern(text));
}

/** The words of a search box, at most eight, each to be matched on its own. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').split(/\s+/).filter(Boolean).slice(0, 8);
}
