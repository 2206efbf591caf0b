import pg from 'pg';

/**
 * Distinct statements one pool names at most. Past this, new statement texts go unnamed as
 * before: a query built with a variable number of values (`in (…)` lists, search words) makes a
 * new text each time, and each named one stays prepared on every connection that ran it.
 */
const maxNamedStatements = 1000;

/**
 * A pg client class that sends every statement with parameters as a named prepared statement,
 * named by its SQL text. Kysely passes plain text to pg, which PostgreSQL then parses, analyses
 * and plans on every call; named, a connection parses each text once and may reuse its plan,
 * which roughly doubles what a simple route serves (docs: STACK-NOTES, raw pg vs Kysely).
 * Statements without parameters (transaction control, migrations' DDL) stay unnamed.
 */
export function namedStatementClient(): typeof pg.Client {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known || names.size >= maxNamedStatements) return known;
    const name = `porter_${names.size + 1}`;
    names.set(text, name);
    return name;
  };
  return class NamedStatementClient extends pg.Client {
    // pg's query has many overloads; this one changes only the call Kysely makes, (text, values).
    override query(config: unknown, values?: unknown, callback?: unknown): never {
      const name = typeof config === 'string' && Array.isArray(values) && values.length > 0 ? nameOf(config) : undefined;
      const send = super.query as (...args: unknown[]) => never;
      if (name) return send.call(this, { name, text: config, values }, callback);
      return send.call(this, config, values, callback);
    }
  };
}
