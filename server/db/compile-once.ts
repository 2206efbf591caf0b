import type { CompiledQuery } from 'kysely';
import type { Executor } from './database.ts';

/**
 * What a built-once query takes: values it binds (a string, or a number such as a limit), lists it
 * binds one by one (`in (…)`), and what decides the query's shape: whether an optional value is
 * given (undefined, null, the empty string and 0 are passed to the build as they are), a flag, a
 * list's length. A plain object holds more of the same, such as a list's filters.
 */
type Argument = string | number | boolean | null | undefined | readonly string[] | { readonly [key: string]: Argument };
type Build<Args extends Argument[], Row> = (db: Executor, ...args: Args) => { compile(): CompiledQuery<Row> };
/** For each parameter of the compiled query: where in the arguments its value is found, or null to keep the built value. */
type Slot = readonly (string | number)[] | null;
type Compiled<Row> = { compiled: CompiledQuery<Row>; slots: Slot[] };

const marker = '\u0000placeholder';
const placeholder = (path: readonly (string | number)[]) => `${marker}${JSON.stringify(path)}\u0000`;

/** Lists longer than a page of a hundred are rare and each length would keep its own SQL: those are built each time. */
const longestKeptList = 100;

/** A value the build binds as it is given, since it decides the SQL (a flag, a missing filter) or cannot tell from it. */
const takenAsGiven = (value: Argument) => value === undefined || value === null || value === '' || value === 0 || typeof value === 'boolean';

/** What of the arguments the SQL depends on: which are given, flags, list lengths; not the values bound. */
function shapeOf(value: Argument): string {
  if (takenAsGiven(value)) return String(value) || "''";
  if (typeof value === 'string') return 's';
  if (typeof value === 'number') return 'n';
  if (Array.isArray(value)) return `[${value.length}]`;
  return `{${Object.entries(value as Record<string, Argument>).map(([key, item]) => `${key}:${shapeOf(item)}`).join(',')}}`;
}

function longestListIn(value: Argument): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value !== 'object' || value === null) return 0;
  return Math.max(0, ...Object.values(value as Record<string, Argument>).map(longestListIn));
}

/**
 * Builds a query once per database and per shape of its arguments, and afterwards only swaps in
 * the new values, answering all its rows. Building a Kysely query (and the tenant-scope check of
 * it) costs about as much as SQLite takes to run a simple one, and the queries given to this run
 * on every request or on the busiest pages.
 *
 * `build` is called with placeholders in place of the values it binds, and each placeholder in
 * the compiled parameters is later replaced by the real value in the same place. So `build` may
 * branch on whether a value is given, on a flag and on a list's length, which are part of the
 * shape, but never on a bound value itself (`status === 'open'`): pass a flag for that. It must
 * bind values as given: one it changes (a LIKE pattern made of it) is refused when built.
 */
export function compileOnceAll<Args extends Argument[], Row>(build: Build<Args, Row>) {
  const cache = new WeakMap<Executor, Map<string, Compiled<Row>>>();
  return async (db: Executor, ...args: Args): Promise<Row[]> => {
    let byShape = cache.get(db);
    if (!byShape) {
      byShape = new Map();
      cache.set(db, byShape);
    }
    const shape = args.map(shapeOf).join('|');
    let entry = byShape.get(shape);
    if (!entry) {
      entry = compileWithPlaceholders(db, build, args);
      if (args.every((arg) => longestListIn(arg) <= longestKeptList)) byShape.set(shape, entry);
    }
    const { compiled, slots } = entry;
    const parameters = slots.map((slot, i) => (slot ? valueAt(args, slot) : compiled.parameters[i]));
    const result = await db.executeQuery<Row>({ ...compiled, parameters });
    return result.rows;
  };
}

function valueAt(args: readonly Argument[], path: readonly (string | number)[]): unknown {
  let value: unknown = args;
  for (const step of path) value = (value as Record<string | number, unknown>)[step];
  return value;
}

/** The argument with each value it binds replaced by a placeholder naming where it is; each placeholder is noted in `slots`. */
function withPlaceholders(value: Argument, path: (string | number)[], slots: Map<string, Slot>): Argument {
  if (takenAsGiven(value)) return value;
  if (typeof value === 'string' || typeof value === 'number') return placeholderAt(path, slots);
  // A list's items are all bound, whatever they are: only its length is in the shape.
  if (Array.isArray(value)) return value.map((_, i) => placeholderAt([...path, i], slots));
  return Object.fromEntries(Object.entries(value as Record<string, Argument>).map(([key, item]) => [key, withPlaceholders(item, [...path, key], slots)]));
}

function placeholderAt(path: (string | number)[], slots: Map<string, Slot>): string {
  const stand = placeholder(path);
  slots.set(stand, path);
  return stand;
}

function compileWithPlaceholders<Args extends Argument[], Row>(db: Executor, build: Build<Args, Row>, args: Args): Compiled<Row> {
  const slotOf = new Map<string, Slot>();
  const placeholders = args.map((arg, i) => withPlaceholders(arg, [i], slotOf)) as Args;
  const compiled = build(db, ...placeholders).compile();
  const slots = compiled.parameters.map((value) => {
    if (typeof value !== 'string' || !value.includes(marker)) return null;
    const slot = slotOf.get(value);
    if (!slot) throw new Error(`compileOnceAll: the build bound a value it changed (${JSON.stringify(value)}); bind values as given`);
    return slot;
  });
  return { compiled, slots };
}

/** `compileOnceAll` for a query that answers one row or none. */
export function compileOnce<Args extends Argument[], Row>(build: Build<Args, Row>) {
  const all = compileOnceAll(build);
  return async (db: Executor, ...args: Args): Promise<Row | undefined> => (await all(db, ...args))[0];
}
