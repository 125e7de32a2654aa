import { todayInStockholm } from '../../common/calendar';
import { foldAllTallyDeltas } from '../tally-folding.service';
import { DemoBatch, DemoOptions, generateBatch, generateSuppliers, planProcurements, ProcurementPlan, referencePrefix, Row } from './generate';

/** What the loader needs from a database connection (a `pg` Client fits). */
export interface QueryClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface DemoProgress {
  procurements: number;
  placements: number;
}

/** Procurements per transaction: about 13 000 placements with the default ratio. */
const BATCH = 1000;
const BY = 'demo-data';

/** Columns and their PostgreSQL array types, in the order the generator writes them. */
const TABLES: Record<keyof DemoBatch, { table: string; columns: [string, string][] }> = {
  procurements: {
    table: 'procurement',
    columns: [['id', 'uuid'], ['reference_number', 'text'], ['title', 'text'], ['contracting_unit', 'text'], ['kind', 'procurement_kind'],
      ['estimated_value_sek', 'bigint'], ['duration_months', 'int'], ['labour_intensity', 'labour_intensity'], ['status', 'procurement_status'],
      ['published_at', 'timestamptz']],
  },
  clauses: { table: 'clause', columns: [['id', 'uuid'], ['procurement_id', 'uuid'], ['number', 'int'], ['type', 'clause_type']] },
  clauseVersions: {
    table: 'clause_version',
    columns: [['id', 'uuid'], ['clause_id', 'uuid'], ['title', 'text'], ['parameters', 'jsonb'], ['published_at', 'timestamptz'], ['target_groups', 'text[]']],
  },
  contracts: { table: 'contract', columns: [['id', 'uuid'], ['procurement_id', 'uuid'], ['supplier_id', 'uuid'], ['start_date', 'date'], ['end_date', 'date']] },
  placements: {
    table: 'placement',
    columns: [['id', 'uuid'], ['supplier_id', 'uuid'], ['contract_id', 'uuid'], ['clause_id', 'uuid'], ['reference', 'text'], ['kind', 'text'],
      ['offered_date', 'date'], ['filled', 'boolean'], ['start_date', 'date'], ['end_date', 'date'], ['early_end_date', 'date'],
      ['working_time_percent', 'int'], ['target_group', 'text'], ['gender', 'placement_gender'], ['age_band', 'placement_age_band'],
      ['establishment_programme', 'boolean'], ['verification_status', 'verification_status'], ['verification_reason', 'text'],
      ['early_end_reason', 'text'], ['counts_toward_requirement', 'boolean'], ['delivered_full_time_months', 'float8'],
      ['earning_first_month', 'date'], ['earning_by_month', 'float8[]']],
  },
  meetings: {
    table: 'dialogue_meeting',
    columns: [['supplier_id', 'uuid'], ['contract_id', 'uuid'], ['clause_id', 'uuid'], ['meeting_kind', 'text'], ['held_on', 'date'],
      ['verification_status', 'verification_status']],
  },
  progress: {
    table: 'initiative_progress',
    columns: [['supplier_id', 'uuid'], ['contract_id', 'uuid'], ['clause_id', 'uuid'], ['milestone_title', 'text'], ['progress_status', 'text'],
      ['reported_on', 'date'], ['completed_on', 'date'], ['participants', 'int']],
  },
  // The columns storeOutcome (src/reporting/clause-outcomes.ts) writes.
  outcomes: {
    table: 'clause_outcome',
    columns: [['contract_id', 'uuid'], ['clause_id', 'uuid'], ['status', 'text'], ['reasons', 'jsonb'], ['reports', 'int'], ['required_count', 'int'],
      ['counted_placements', 'int'], ['required_full_time_months', 'float8'], ['delivered_full_time_months', 'float8'],
      ['committed_full_time_months', 'float8'], ['meetings', 'int'], ['required_meetings', 'int'], ['milestones', 'int'],
      ['milestones_completed', 'int'], ['participants', 'int'], ['bonus_sek', 'bigint'], ['evaluated_on', 'date'], ['lines', 'jsonb']],
  },
};

/** Constant columns every demo row of a table gets. */
const CONSTANTS: Partial<Record<keyof DemoBatch, [string, string][]>> = {
  procurements: [['created_by', `'${BY}'`]],
  clauseVersions: [['version', '1'], ['created_by', `'${BY}'`]],
  contracts: [['awarded_by', `'${BY}'`]],
  placements: [['created_by', `'${BY}'`]],
  meetings: [['participants', `'Jobbtorg Stockholm, leverantörens HR-ansvarige'`], ['outcome', `'Plan för praktikplatser och rekrytering'`], ['created_by', `'${BY}'`]],
  progress: [['description', `'Lägesrapport'`], ['created_by', `'${BY}'`]],
};

/**
 * How a column travels: as text when unnest cannot carry it — jsonb, and arrays, whose per-row
 * values would otherwise form one 2-D array that unnest flattens — cast per row.
 */
const sentAs = (type: string): string => (type === 'jsonb' || type.endsWith('[]') ? 'text' : type);

/** One multi-row INSERT per table: each column is sent as one array and unnested in PostgreSQL. */
async function insertRows(client: QueryClient, key: keyof DemoBatch, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const { table, columns } = TABLES[key];
  const constants = CONSTANTS[key] ?? [];
  const names = [...columns.map(([name]) => name), ...constants.map(([name]) => name)].join(', ');
  const unnest = columns.map(([, type], i) => `$${i + 1}::${sentAs(type)}[]`).join(', ');
  const values = [...columns.map(([name, type]) => (sentAs(type) === type ? `u.${name}` : `u.${name}::${type}`)), ...constants.map(([, v]) => v)].join(', ');
  await client.query(
    `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${unnest}) AS u(${columns.map(([name]) => name).join(', ')})`,
    columns.map((_, i) => rows.map((row) => row[i])),
  );
}

/** Procurements generated between two turns of the event loop. */
const CHUNK = 100;

/**
 * A batch generated CHUNK procurements at a time, letting the event loop turn in between so the
 * fold of the previous batch goes on from statement to statement on its own connection.
 */
async function generateYielding(plans: ProcurementPlan[], suppliers: Row[], options: DemoOptions, placements: number, today: string): Promise<DemoBatch> {
  let batch: DemoBatch | undefined;
  for (let from = 0; from < plans.length; from += CHUNK) {
    const chunk = generateBatch(plans.slice(from, from + CHUNK), suppliers, options, placements, today);
    placements += chunk.placements.length;
    if (!batch) batch = chunk;
    else for (const key of Object.keys(chunk) as (keyof DemoBatch)[]) batch[key].push(...chunk[key]);
    await new Promise(setImmediate);
  }
  return batch!;
}

/** One batch in one transaction, so the stored outcomes never go without their reports. */
async function insertBatch(client: QueryClient, batch: DemoBatch): Promise<void> {
  await client.query('BEGIN');
  try {
    for (const key of Object.keys(TABLES) as (keyof DemoBatch)[]) await insertRows(client, key, batch[key]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Loads the demo data set in transactions of BATCH procurements with their clauses, awards,
 * reports and the outcomes the rules give on `options.today` (default: today in Stockholm), as the
 * service would store them. Refuses to load the same seed twice (its reference numbers and
 * organisation numbers). Given a second connection `foldOn`, each batch's tally deltas are folded
 * on it while the next batch is generated and inserted, so the two cores work at once.
 */
export async function loadDemoData(
  client: QueryClient,
  options: DemoOptions & { today?: string },
  onProgress: (p: DemoProgress) => void,
  foldOn: QueryClient = client,
): Promise<DemoProgress> {
  const today = options.today ?? todayInStockholm();
  const existing = await client.query(`SELECT 1 FROM procurement WHERE reference_number LIKE $1 LIMIT 1`, [`${referencePrefix(options.seed)}%`]);
  if (existing.rows.length > 0) throw new Error(`Demo data with seed ${options.seed} is already loaded; choose another --seed`);

  const suppliers = generateSuppliers(options);
  await client.query(
    `INSERT INTO supplier (id, name, org_number, contact_email) SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[])`,
    [0, 1, 2, 3].map((i) => suppliers.map((s) => s[i])),
  );
  const plans = planProcurements(options);
  const done: DemoProgress = { procurements: 0, placements: 0 };
  // Folded batch by batch, so the data set is ready for fast results when loading ends.
  let folding: Promise<unknown> = Promise.resolve();
  try {
    for (let from = 0; from < plans.length; from += BATCH) {
      const batch = await generateYielding(plans.slice(from, from + BATCH), suppliers, options, done.placements, today);
      await insertBatch(client, batch);
      await folding;
      folding = foldAllTallyDeltas(foldOn);
      if (foldOn === client) await folding;
      done.procurements += batch.procurements.length;
      done.placements += batch.placements.length;
      onProgress(done);
    }
  } finally {
    await folding;
  }
  // Statistics for the planner, and the visibility map that lets the results use index-only scans.
  await client.query('VACUUM ANALYZE');
  return done;
}

/** A progress bar on stderr: redrawn in place on a terminal, one line per 10 % otherwise. */
export function progressBar(total: DemoOptions & { placements: number }): (p: DemoProgress) => void {
  let lastTenth = -1;
  const started = Date.now();
  return (p) => {
    const share = p.procurements / total.procurements;
    const width = 30;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '-');
    const line = `[${bar}] ${(share * 100).toFixed(0).padStart(3)} %  procurements ${p.procurements}/${total.procurements}  placements ${p.placements}/${total.placements}  ${((Date.now() - started) / 1000).toFixed(0)} s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${share >= 1 ? '\n' : ''}`);
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}
