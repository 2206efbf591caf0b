import type { CompiledQuery } from 'kysely';
import type { Executor } from './database.ts';

/**
 * Builds a query once per database and afterwards only swaps in the new values. Building a
 * Kysely query costs about as much as SQLite takes to run a simple one, and the queries given
 * to this (the session lookups) run on every request. `build` must produce the same SQL
 * whatever its arguments: it is called once with placeholder strings, and each placeholder in
 * the compiled parameters is later replaced by the real argument in the same position.
 */
export function compileOnce<Args extends string[], Row>(build: (db: Executor, ...args: Args) => { compile(): CompiledQuery<Row> }) {
  const placeholders = Array.from({ length: build.length - 1 }, (_, i) => `\u0000placeholder-${i}\u0000`) as Args;
  const cache = new WeakMap<Executor, CompiledQuery<Row>>();
  return async (db: Executor, ...args: Args): Promise<Row | undefined> => {
    let compiled = cache.get(db);
    if (!compiled) {
      compiled = build(db, ...placeholders).compile();
      cache.set(db, compiled);
    }
    const parameters = compiled.parameters.map((value) => {
      const index = placeholders.indexOf(value as string);
      return index === -1 ? value : args[index];
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows[0];
  };
}
