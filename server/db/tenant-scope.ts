import type { Kysely, KyselyPlugin, OperationNode, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

/**
 * Every table with a `tenant_id` column except `tenants` itself: the rows a tenant
 * owns. Kept by hand from `schema.ts`; a test compares it with the columns of a migrated
 * database, so a new tenant table cannot be forgotten here.
 */
export const tenantOwnedTables: ReadonlySet<string> = new Set([
  'staff_users',
  'tax_rates',
  'invoices',
  'invoice_lines',
  'quotes',
  'quote_lines',
  'cards',
  'payment_attempts',
  'payment_attempt_invoices',
  'ledger_entries',
  'refunds',
  'test_gateway_objects',
  'journal_entries',
  'chat_messages',
  'chat_readers',
  'staff_presence',
  'location_files',
  'customer_resources',
  'customers',
  'customer_contacts',
  'locations',
  'staff_location_assignments',
  'portal_users',
  'portal_user_customers',
  'portal_user_locations',
  'sessions',
  'account_tokens',
  'audit_events',
  'outbox_emails',
  'services',
  'service_locations',
  'request_categories',
  'reference_counters',
  'service_requests',
  'service_request_messages',
  'attachments',
  'supply_products',
  'customer_supply_products',
  'supply_orders',
  'account_services',
  'account_service_team',
  'visits',
  'visit_team',
  'upgrades',
  'visit_upgrades',
  'reminder_choices',
  'sent_reminders',
  'supply_order_lines',
  'feedback',
  'staff_notifications',
  'cleaning_plan_areas',
  'cleaning_plan_tasks',
  'customer_keys',
  'key_movements',
  'custom_fields',
  'custom_field_values',
  'inspections',
  'inspection_areas',
  'inspection_photos',
  'timesheets',
  'on_my_way_messages',
  'visit_checklist_items',
  'visit_checklist_ticks',
  'visit_notes',
  'visit_photos',
]);

/**
 * Refuses, before it reaches the database, any query that touches a tenant-owned table without
 * saying which tenant. Installed on every database `openDatabase` returns; work that is truly
 * instance-wide goes through `unscoped(db, why)`.
 *
 * The rule, per query (and again for each subquery, CTE and derived table in it):
 * - INSERT into a tenant table names `tenant_id` among its columns, and an ON CONFLICT
 *   DO UPDATE either names it among the conflict columns or updates only when the row already
 *   there is the tenant's (`.doUpdateSet(…).where('t.tenant_id', '=', tenantId)`).
 * - SELECT, UPDATE and DELETE: every tenant table in FROM, JOIN, USING (by its alias when it has
 *   one) must be *scoped*. A table is scoped when one of these is a top-level conjunct (joined by
 *   AND only, never under OR or NOT):
 *   - in WHERE: `t.tenant_id = <value, parameter or subquery>`, or
 *     `t.tenant_id = u.tenant_id` where u is scoped;
 *   - in the ON of the INNER or LEFT join that brings t in: the same two forms (a LEFT join's ON
 *     only filters the table it joins, so it scopes t and nothing else; an INNER join's ON also
 *     scopes the other side through an equality with t's tenant_id);
 *   - in a subquery, an equality with the tenant_id of a scoped table of an enclosing
 *     query (a correlated subquery inherits its tenant);
 *   - an equality with the tenant_id of a derived table (`from (select …) as d`) whose
 *     own query reads a tenant table: that table is scoped in turn, so d's rows are one tenant's.
 *     (Its query could still rename another column to tenant_id; nobody should.)
 *   An unqualified `tenant_id` means the query's only tenant table; with several it
 *   scopes none. RIGHT and FULL joins' ON clauses scope nothing.
 * - Raw SQL cannot be read, so a raw fragment that selects from, joins, inserts into or updates
 *   a tenant table by name (or takes it as `sql.table`, or stands for it in FROM) is refused:
 *   use the query builder, or `unscoped`. A precompiled `CompiledQuery.raw` never passes
 *   through plugins at all; nothing in Porter uses it.
 * - An alias of an enclosing query is visible in a subquery only while no table of the
 *   subquery takes the same name.
 *
 * The verdict depends only on the query's shape, never on its values, so the plugin is cheap:
 * it walks the operation tree once, without compiling it (bench/tenant-scope.ts measures it).
 */
export class TenantScopePlugin implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    checkNode(node, new Set());
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any database schema: migrations run on Kysely<any>
type AnyDatabase = Kysely<any>;

/**
 * The database (or transaction) without the tenant check, for work that belongs to no single
 * tenant or runs before one is known. Every call says why; reviewers read these reasons.
 * (It drops every plugin; the tenant check is the only one Porter installs.)
 */
export function unscoped<D extends AnyDatabase>(db: D, reason: string): D {
  if (!reason.trim()) throw new Error('unscoped(db, reason): say why this query needs no tenant');
  return db.withoutPlugins() as D;
}

type Node = OperationNode & Record<string, unknown>;
// Nodes that can hold neither a query nor raw SQL: the walk need not open them.
const leafKinds = new Set(['ValueNode', 'PrimitiveValueListNode', 'IdentifierNode', 'ColumnNode', 'TableNode', 'ReferenceNode', 'OperatorNode', 'SelectAllNode', 'LimitNode', 'OffsetNode', 'DefaultInsertValueNode']);
const queryKinds = new Set(['SelectQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'InsertQueryNode', 'MergeQueryNode']);
const rawTenantTable = new RegExp(`\\b(from|join|into|update)\\s+"?(${[...tenantOwnedTables].join('|')})\\b`, 'i');

/** Walks any node, checking each query it meets; `outer` holds the scoped aliases of enclosing queries. */
function checkNode(node: unknown, outer: ReadonlySet<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) checkNode(child, outer);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  if (leafKinds.has(n.kind)) return;
  if (queryKinds.has(n.kind)) return checkQuery(n, outer);
  if (n.kind === 'RawNode') checkRaw(n);
  for (const key in n) {
    const child = n[key];
    if (child && typeof child === 'object') checkNode(child, outer);
  }
}

const rawFix = 'raw SQL names it, and raw SQL cannot be checked: build the query with Kysely and filter on tenant_id, or use unscoped(db, why)';

function checkRaw(node: Node): void {
  const match = rawTenantTable.exec((node.sqlFragments as string[]).join(' ? '));
  if (match) refuse(match[2]!, rawFix);
  for (const parameter of node.parameters as Node[]) {
    const table = tableName(parameter);
    if (table && tenantOwnedTables.has(table)) refuse(table, rawFix);
  }
}

type Source = { alias: string; table: string };

function checkQuery(query: Node, outer: ReadonlySet<string>): void {
  if (query.kind === 'MergeQueryNode') throw new Error('MERGE is not checked for tenant scope: use insert/update, or unscoped(db, why)');
  if (query.kind === 'InsertQueryNode') checkInsert(query);
  const sources: Source[] = [];
  const tables = tablesOf(query);
  // An enclosing query's alias counts here only when no table of this query takes the same name.
  const derived = new Set(outer);
  for (const table of tables) {
    const alias = sourceAlias(table);
    if (alias) derived.delete(alias);
  }
  for (const table of tables) addSource(table, sources, derived);
  const tenantSources = sources.filter((s) => tenantOwnedTables.has(s.table));
  const scoped = tenantSources.length === 0 ? new Set<string>() : scopedAliases(query, tenantSources, derived);
  for (const source of tenantSources) {
    if (!scoped.has(source.alias)) {
      refuse(source.table, `add .where('${source.alias}.tenant_id', '=', tenantId), or join it on its tenant_id to a scoped table`);
    }
  }
  // Subqueries, CTEs and derived tables: each is a query of its own, which may lean on ours.
  const inner = new Set([...derived, ...scoped]);
  for (const key in query) {
    const child = query[key];
    if (child && typeof child === 'object') checkNode(child, inner);
  }
}

function checkInsert(query: Node): void {
  const into = query.into as Node | undefined;
  const table = into && tableName(into);
  if (!table || !tenantOwnedTables.has(table)) return;
  const columns = (query.columns as Node[] | undefined) ?? [];
  if (!columns.some((c) => identifier(c.column) === 'tenant_id')) refuse(table, 'insert rows with their tenant_id');
  // ON CONFLICT DO UPDATE changes the row already there: its key must hold the tenant, or the
  // row updated could be another tenant's.
  const conflict = query.onConflict as Node | undefined;
  if (!conflict?.updates) return;
  const target = (conflict.columns as Node[] | undefined) ?? [];
  if (target.some((c) => identifier(c.column) === 'tenant_id')) return;
  const updateWhere = conflict.updateWhere as Node | undefined;
  const guarded = conjuncts(updateWhere?.where).some(
    (term) => term.kind === 'BinaryOperationNode' && (term.operator as Node).operator === '=' && tenantColumnAlias(term.leftOperand as Node, table) === table && (term.rightOperand as Node).kind === 'ValueNode',
  );
  if (!guarded) refuse(table, `key ON CONFLICT on tenant_id, or guard the update: .doUpdateSet(…).where('${table}.tenant_id', '=', tenantId)`);
}

/** The tables a query reads or writes at its own level (joins are added with their ON clauses). */
function tablesOf(query: Node): Node[] {
  const tables: Node[] = [];
  const from = query.from as Node | undefined;
  if (from) tables.push(...(from.froms as Node[]));
  if (query.kind === 'UpdateQueryNode' && query.table) tables.push(query.table as Node);
  const using = query.using as Node | undefined;
  if (using) tables.push(...(using.tables as Node[]));
  for (const join of (query.joins as Node[] | undefined) ?? []) tables.push(join.table as Node);
  return tables;
}

/** Adds a table to `sources`, or a derived table that reads a tenant table to `scopedDerived`. */
function addSource(node: Node, sources: Source[], scopedDerived: Set<string>): void {
  if (node.kind === 'TableNode') {
    const table = tableName(node)!;
    sources.push({ alias: table, table });
  } else if (node.kind === 'AliasNode' && (node.node as Node).kind === 'TableNode') {
    sources.push({ alias: identifier(node.alias)!, table: tableName(node.node as Node)! });
  } else if (node.kind === 'RawNode' || (node.kind === 'AliasNode' && (node.node as Node).kind === 'RawNode')) {
    // `selectFrom(sql`customers`.as('c'))`: a table named in raw SQL, out of the check's sight.
    const raw = (node.kind === 'RawNode' ? node : node.node) as Node;
    const text = (raw.sqlFragments as string[]).join(' ');
    for (const table of tenantOwnedTables) if (new RegExp(`\\b${table}\\b`).test(text)) refuse(table, rawFix);
  } else if (node.kind === 'AliasNode' && (node.node as Node).kind === 'SelectQueryNode') {
    // A derived table is a query of its own, checked when the walk reaches it: if it reads a
    // tenant table, that table must be scoped there, so its tenant_id is the tenant's.
    const reads = tablesOf(node.node as Node).some((t) => tenantOwnedTables.has(sourceTable(t) ?? ''));
    if (reads) scopedDerived.add(identifier(node.alias)!);
  }
}

function sourceTable(node: Node): string | undefined {
  return node.kind === 'AliasNode' ? tableName(node.node as Node) : tableName(node);
}

/**
 * The aliases the query's WHERE and JOIN ONs tie to one tenant, by the rule at the top of this
 * file; `outer` holds the already scoped aliases of enclosing queries and of derived tables.
 */
function scopedAliases(query: Node, sources: Source[], outer: ReadonlySet<string>): Set<string> {
  const only = sources.length === 1 ? sources[0]!.alias : undefined;
  const scoped = new Set<string>();
  // Directed edges: `to` is scoped once `from` is.
  const edges: { from: string; to: string }[] = [];
  const anchor = (alias: string) => outer.has(alias) && !sources.some((s) => s.alias === alias);

  const read = (condition: unknown, targets: ReadonlySet<string> | 'all', twoWay: boolean) => {
    for (const term of conjuncts(condition)) {
      if (term.kind !== 'BinaryOperationNode' || (term.operator as Node).operator !== '=') continue;
      const left = tenantColumnAlias(term.leftOperand as Node, only);
      const right = tenantColumnAlias(term.rightOperand as Node, only);
      // `alias`'s tenant_id equals `other`: a value or subquery scopes it, a scoped table's tenant_id too.
      const bind = (alias: string | undefined, other: Node, otherAlias: string | undefined) => {
        if (!alias || (targets !== 'all' && !targets.has(alias))) return;
        if (otherAlias !== undefined) {
          if (anchor(otherAlias)) scoped.add(alias);
          else edges.push({ from: otherAlias, to: alias });
        } else if (other.kind === 'ValueNode' || other.kind === 'SelectQueryNode') {
          scoped.add(alias);
        }
      };
      bind(left, term.rightOperand as Node, right);
      bind(right, term.leftOperand as Node, left);
      if (twoWay && left && right && targets !== 'all') {
        // An INNER join's ON filters both sides: the other side is scoped through the joined table.
        if (targets.has(left)) edges.push({ from: left, to: right });
        if (targets.has(right)) edges.push({ from: right, to: left });
      }
    }
  };

  const where = query.where as Node | undefined;
  if (where) read(where.where, 'all', false);
  for (const join of (query.joins as Node[] | undefined) ?? []) {
    const type = join.joinType as string;
    const on = join.on as Node | undefined;
    if (!on || !(type === 'InnerJoin' || type === 'LeftJoin')) continue;
    const joined = sourceAlias(join.table as Node);
    if (joined) read(on.on, new Set([joined]), type !== 'LeftJoin');
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const { from, to } of edges) {
      if (scoped.has(from) && !scoped.has(to)) {
        scoped.add(to);
        grew = true;
      }
    }
  }
  return scoped;
}

/** The terms of a condition joined by AND (through parentheses); OR and NOT yield the whole as one term. */
function conjuncts(condition: unknown): Node[] {
  const node = condition as Node | undefined;
  if (!node) return [];
  if (node.kind === 'AndNode') return [...conjuncts(node.left), ...conjuncts(node.right)];
  if (node.kind === 'ParensNode') return conjuncts(node.node);
  return [node];
}

/** The alias whose tenant_id `node` refers to, if it does. */
function tenantColumnAlias(node: Node, only: string | undefined): string | undefined {
  if (node.kind !== 'ReferenceNode') return undefined;
  const column = node.column as Node;
  if (column.kind !== 'ColumnNode' || identifier(column.column) !== 'tenant_id') return undefined;
  const table = node.table as Node | undefined;
  return table ? tableName(table) : only;
}

function sourceAlias(node: Node): string | undefined {
  if (node.kind === 'TableNode') return tableName(node);
  if (node.kind === 'AliasNode') return identifier(node.alias);
  return undefined;
}

function tableName(node: Node): string | undefined {
  if (node.kind !== 'TableNode') return undefined;
  return identifier((node.table as Node).identifier);
}

function identifier(node: unknown): string | undefined {
  return (node as { name?: string } | undefined)?.name;
}

function refuse(table: string, fix: string): never {
  throw new Error(`Tenant scope: this query reaches ${table} without saying which tenant: ${fix}. Work that truly spans tenants goes through unscoped(db, why).`);
}
