import { DataSource, EntityManager } from 'typeorm';
import { containsPersonalIdentityNumber, redactJson, redactPersonalIdentityNumbers, REDACTED } from './personal-identity-number';

/**
 * Finds and redacts personal identity numbers already stored, in every text, text array and JSON
 * column of every table (read from the catalog, so a new table is covered without a change here),
 * audit rows and idempotency responses included. Reports where — table, column, row, JSON path —
 * never the value.
 */

export interface StoredPersonalData {
  table: string;
  column: string;
  /** The row's primary key (any number in it redacted), or its physical position when it has none. */
  row: string;
  /** Where in a JSON value or text array: e.g. `after.reference` or `2`. */
  paths: string[];
}

export interface RedactionSummary {
  redacted: StoredPersonalData[];
  /** Rows changed by someone else while redacting; a second run redacts them. */
  changedMeanwhile: StoredPersonalData[];
}

interface Column {
  table: string;
  column: string;
  udt: string;
  maxLength: number | null;
}

/** One row that holds numbers, in one or more of its columns. */
interface RowHit {
  table: string;
  row: string;
  ctid: string;
  entityId: string | null;
  columns: { target: Column; paths: string[]; replacement: unknown }[];
}

/**
 * Hex digests (evidence sha256, request, token and code hashes), never typed by anyone: a run of
 * decimal digits between their letters is chance. Named `sha256`, `hash` or `…_hash` throughout.
 */
const isDigest = (column: string): boolean => column === 'sha256' || column === 'hash' || column.endsWith('_hash');
const TEXT_TYPES = ['text', 'varchar', 'bpchar', 'json', 'jsonb', '_text', '_varchar', '_bpchar'];
/** Rows whose text cannot hold a number: pure ASCII without six digits in a row. The screen decides the rest. */
const MAY_HOLD_A_NUMBER = String.raw`[0-9]{6}|[^\x01-\x7f]`;
const BATCH = 1000;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
/** Lets the redaction change published clause versions, which a trigger otherwise freezes. */
const REDACTING_SETTING = 'social_clauses.redacting_personal_data';

export function scanStoredPersonalData(dataSource: DataSource): Promise<StoredPersonalData[]> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => (await findHits(manager)).flatMap(publicParts));
}

/**
 * Replaces each number found (only the number; the whole value when the result would not fit the
 * column) with `[borttaget]`, in one transaction, and writes an audit row per redacted text saying
 * table, column, row and paths, by whom; the audit row's time says when.
 */
export async function redactStoredPersonalData(dataSource: DataSource, by: string): Promise<RedactionSummary> {
  if (containsPersonalIdentityNumber(by)) throw new Error('--by must name the operator, not hold a personal identity number');
  return dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config($1, 'on', true)`, [REDACTING_SETTING]);
    const summary: RedactionSummary = { redacted: [], changedMeanwhile: [] };
    for (const hit of await findHits(manager)) {
      if (!(await update(manager, hit))) {
        summary.changedMeanwhile.push(...publicParts(hit));
        continue;
      }
      for (const part of publicParts(hit)) {
        summary.redacted.push(part);
        await manager.query(
          `INSERT INTO audit_event (actor_sub, actor_role, entity_type, entity_id, action, before, after)
           VALUES ($1, 'operator', $2, $3, 'REDACT_PERSONAL_DATA', NULL, $4)`,
          [by, hit.table, hit.entityId ?? NIL_UUID, JSON.stringify({ ...part, replacedWith: REDACTED })],
        );
      }
    }
    return summary;
  });
}

const publicParts = ({ table, row, columns }: RowHit): StoredPersonalData[] =>
  columns.map(({ target, paths }) => ({ table, column: target.column, row, paths }));
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function textColumns(manager: EntityManager): Promise<Map<string, Column[]>> {
  const rows: { table: string; column: string; udt: string; maxLength: number | null }[] = await manager.query(
    `SELECT c.table_name AS "table", c.column_name AS "column", c.udt_name AS udt, c.character_maximum_length AS "maxLength"
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema() AND c.table_name <> 'migrations' AND c.udt_name = ANY($1)
     ORDER BY c.table_name, c.ordinal_position`,
    [TEXT_TYPES],
  );
  const byTable = new Map<string, Column[]>();
  for (const row of rows.filter((r) => !isDigest(r.column))) {
    byTable.set(row.table, [...(byTable.get(row.table) ?? []), row]);
  }
  return byTable;
}

async function primaryKeys(manager: EntityManager): Promise<Map<string, { column: string; udt: string }[]>> {
  const rows: { table: string; column: string; udt: string }[] = await manager.query(
    `SELECT k.table_name AS "table", k.column_name AS "column", c.udt_name AS udt
     FROM information_schema.table_constraints tc
     JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
     JOIN information_schema.columns c ON c.table_schema = k.table_schema AND c.table_name = k.table_name AND c.column_name = k.column_name
     WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_schema = current_schema()
     ORDER BY k.table_name, k.ordinal_position`,
  );
  const keys = new Map<string, { column: string; udt: string }[]>();
  for (const row of rows) keys.set(row.table, [...(keys.get(row.table) ?? []), row]);
  return keys;
}

async function findHits(manager: EntityManager): Promise<RowHit[]> {
  const hits: RowHit[] = [];
  const keys = await primaryKeys(manager);
  for (const [table, columns] of await textColumns(manager)) {
    const key = keys.get(table) ?? [];
    const selected = [
      `ctid::text AS "_ctid"`,
      ...key.map((k, i) => `${quote(k.column)}::text AS "_key${i}"`),
      ...columns.map((c, i) => `${quote(c.column)} AS "_col${i}"`),
    ];
    const filter = columns.map((c) => `${quote(c.column)}::text ~ $1`).join(' OR ');
    await manager.query(`DECLARE personal_data_scan NO SCROLL CURSOR FOR SELECT ${selected.join(', ')} FROM ${quote(table)} WHERE ${filter}`, [MAY_HOLD_A_NUMBER]);
    for (;;) {
      const rows: Record<string, unknown>[] = await manager.query(`FETCH ${BATCH} FROM personal_data_scan`);
      for (const row of rows) {
        const keyValues = key.map((_, i) => redactPersonalIdentityNumbers(String(row[`_key${i}`])));
        const rowId = key.length ? keyValues.join('/') : `ctid ${String(row._ctid)}`;
        const entityId = key.length === 1 && key[0].udt === 'uuid' ? String(row._key0) : null;
        const found = columns.flatMap((target, i) => {
          const screened = screenValue(row[`_col${i}`], target);
          return screened ? [{ target, ...screened }] : [];
        });
        if (found.length) hits.push({ table, row: rowId, ctid: String(row._ctid), entityId, columns: found });
      }
      if (rows.length < BATCH) break;
    }
    await manager.query(`CLOSE personal_data_scan`);
  }
  return hits;
}

/** Where a stored value holds a number and what it becomes redacted, or undefined when it holds none. */
function screenValue(value: unknown, target: Column): { paths: string[]; replacement: unknown } | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && !target.udt.startsWith('json')) {
    if (!containsPersonalIdentityNumber(value)) return undefined;
    return { paths: [], replacement: fitted(redactPersonalIdentityNumbers(value), target.maxLength) };
  }
  const { paths, redacted } = redactJson(value);
  return paths.length ? { paths, replacement: redacted } : undefined;
}

/** The redacted text, or the marker alone when the text would outgrow the column. */
function fitted(text: string, maxLength: number | null): string {
  if (maxLength === null || text.length <= maxLength) return text;
  return REDACTED.slice(0, maxLength);
}

/**
 * Updates the row the scan read; false when it was changed since (the new version has another
 * ctid, so a concurrent write is never overwritten).
 */
async function update(manager: EntityManager, hit: RowHit): Promise<boolean> {
  const assignments = hit.columns.map(({ target }, i) => `${quote(target.column)} = $${i + 2}${target.udt.startsWith('json') ? `::${target.udt}` : ''}`);
  const values = hit.columns.map(({ target, replacement }) => (target.udt.startsWith('json') ? JSON.stringify(replacement) : replacement));
  try {
    const result: [unknown[], number] = await manager.query(
      `UPDATE ${quote(hit.table)} SET ${assignments.join(', ')} WHERE ctid = $1::tid`,
      [hit.ctid, ...values],
    );
    return result[1] > 0;
  } catch (error) {
    const where = `${hit.table} row ${hit.row} (${hit.columns.map((c) => c.target.column).join(', ')})`;
    throw new Error(`Redacting ${where} failed, so nothing was redacted: ${(error as { code?: string }).code === '23505'
      ? 'the redacted text would repeat one that must be unique; change that row by hand and run again'
      : (error as Error).message}`);
  }
}
