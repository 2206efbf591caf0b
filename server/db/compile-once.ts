import type { CompiledQuery } from 'kysely';
import type { Executor } from './database.ts';

/** A value the query binds, or a list it binds one by one (`in (…)`). */
type Argument = string | readonly string[];
type Build<Args extends Argument[], Row> = (db: Executor, ...args: Args) => { compile(): CompiledQuery<Row> };
/** For each parameter of the compiled query: the argument (and, for a list, the item) it takes, or null to keep the built value. */
type Slot = readonly [argument: number, item: number | null] | null;
type Compiled<Row> = { compiled: CompiledQuery<Row>; slots: Slot[] };

const placeholder = (argument: number, item: number | null) => `\u0000placeholder-${argument}-${item ?? 'value'}\u0000`;

/** Lists longer than a page of a hundred are rare and each length would keep its own SQL: those are built each time. */
const longestKeptList = 100;

/**
 * Builds a query once per database and afterwards only swaps in the new values, answering all
 * its rows. Building a Kysely query (and the tenant-scope check of it) costs about as much as
 * SQLite takes to run a simple one, and the queries given to this run on every request or on
 * the busiest pages. `build` must produce the same SQL whatever its arguments' values: it is
 * called with placeholder strings, and each placeholder in the compiled parameters is later
 * replaced by the real argument in the same position. A list argument (for `in (…)`) changes the
 * SQL only by its length, so the query is built once per length it is asked with (up to a hundred
 * items; a longer list is built each time, so rare lengths do not pile up). Queries whose
 * shape depends on their arguments otherwise (optional filters) do not belong here.
 */
export function compileOnceAll<Args extends Argument[], Row>(build: Build<Args, Row>) {
  const cache = new WeakMap<Executor, Map<string, Compiled<Row>>>();
  return async (db: Executor, ...args: Args): Promise<Row[]> => {
    let byShape = cache.get(db);
    if (!byShape) {
      byShape = new Map();
      cache.set(db, byShape);
    }
    const shape = args.map((arg) => (typeof arg === 'string' ? '' : arg.length)).join(',');
    let entry = byShape.get(shape);
    if (!entry) {
      entry = compileWithPlaceholders(db, build, args);
      if (args.every((arg) => typeof arg === 'string' || arg.length <= longestKeptList)) byShape.set(shape, entry);
    }
    const { compiled, slots } = entry;
    const parameters = slots.map((slot, i) => {
      if (!slot) return compiled.parameters[i];
      const arg = args[slot[0]]!;
      return slot[1] === null ? arg : (arg as readonly string[])[slot[1]];
    });
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}

function compileWithPlaceholders<Args extends Argument[], Row>(db: Executor, build: Build<Args, Row>, args: Args): Compiled<Row> {
  const slotOf = new Map<string, Slot>();
  const placeholders = args.map((arg, argument) => {
    if (typeof arg === 'string') {
      slotOf.set(placeholder(argument, null), [argument, null]);
      return placeholder(argument, null);
    }
    return arg.map((_, item) => {
      slotOf.set(placeholder(argument, item), [argument, item]);
      return placeholder(argument, item);
    });
  }) as Args;
  const compiled = build(db, ...placeholders).compile();
  return { compiled, slots: compiled.parameters.map((value) => (typeof value === 'string' ? (slotOf.get(value) ?? null) : null)) };
}

/** `compileOnceAll` for a query that answers one row or none. */
export function compileOnce<Args extends Argument[], Row>(build: Build<Args, Row>) {
  const all = compileOnceAll(build);
  return async (db: Executor, ...args: Args): Promise<Row | undefined> => (await all(db, ...args))[0];
}
