import type { CompiledQuery } from 'kysely';
import type { Executor } from './database.ts';

type Build<Args extends string[], Row> = (db: Executor, ...args: Args) => { compile(): CompiledQuery<Row> };

/**
 * Builds a query once per database and afterwards only swaps in the new values, answering all
 * its rows. Building a Kysely query (and the tenant-scope check of it) costs about as much as
 * SQLite takes to run a simple one, and the queries given to this run on every request or on
 * the busiest pages. `build` must produce the same SQL whatever its arguments: it is called once
 * with placeholder strings, and each placeholder in the compiled parameters is later replaced by
 * the real argument in the same position. So only queries whose shape never depends on their
 * arguments belong here (no optional filters, no lists of varying length).
 */
export function compileOnceAll<Args extends string[], Row>(build: Build<Args, Row>) {
  const placeholders = Array.from({ length: build.length - 1 }, (_, i) => `\u0000placeholder-${i}\u0000`) as Args;
  const cache = new WeakMap<Executor, { compiled: CompiledQuery<Row>; slots: number[] }>();
  return async (db: Executor, ...args: Args): Promise<Row[]> => {
    let entry = cache.get(db);
    if (!entry) {
      const compiled = build(db, ...placeholders).compile();
      // Which argument each parameter takes, found once: -1 keeps the value the query was built with.
      entry = { compiled, slots: compiled.parameters.map((value) => placeholders.indexOf(value as string)) };
      cache.set(db, entry);
    }
    const { compiled, slots } = entry;
    const parameters = slots.map((slot, i) => (slot === -1 ? compiled.parameters[i] : args[slot]));
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}

/** `compileOnceAll` for a query that answers one row or none. */
export function compileOnce<Args extends string[], Row>(build: Build<Args, Row>) {
  const all = compileOnceAll(build);
  return async (db: Executor, ...args: Args): Promise<Row | undefined> => (await all(db, ...args))[0];
}
