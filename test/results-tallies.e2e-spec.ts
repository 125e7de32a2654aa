import { Role } from '../src/auth/role';
import { refreshClauseOutcomes } from '../src/reporting/clause-outcomes';
import { loadDemoData } from '../src/results/demo-data/load';
import { PLACEMENTS_IN_PERIOD, PLACEMENTS_PER_SUPPLIER_AND_MEMBER } from '../src/results/results.queries';
import { periodSplitParams } from '../src/results/results.service';
import { TallyFoldingService } from '../src/results/tally-folding.service';
import { DIRECT_PLACEMENTS_IN_PERIOD, DIRECT_PLACEMENTS_PER_SUPPLIER_AND_MEMBER, storedAndRefreshed } from './support/results-direct';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The results read whole months from the placement tallies (kept by triggers, folded by a job) and
 * only the days around them from the placements. Here the same figures are computed both ways —
 * through the tallies, and from the placements alone, summing the earnings the rules stored — on a
 * demo data set, after verifications, early endings, deletions and cancellations, before and after
 * folding: they must always agree.
 */
describe('Results through the placement tallies agree with the placements themselves', () => {
  let t: TestApp;
  /** The day the rules are evaluated on, by the loader and by every refresh here. */
  const TODAY = '2025-09-15';
  const counted = ['ACCEPTED', 'PENDING'];
  const PERIODS: [string, string][] = [
    ['2021-01-01', '2021-12-31'],
    ['2021-03-15', '2022-02-10'],
    ['2022-06-01', '2022-06-30'],
    ['2023-01-31', '2023-02-01'],
    ['2019-01-01', '2026-12-31'],
    ['2020-11-20', '2023-02-28'],
  ];

  /** Rows of one placement query, in a stable order, with full-time months to 1e-6. */
  const rowsOf = async (sql: string, params: unknown[]) =>
    ((await t.dataSource.query(sql, params)) as Record<string, unknown>[])
      .map((row) => JSON.stringify({ ...row, full_time_months: Math.round(Number(row.full_time_months) * 1e6) / 1e6 }))
      .sort();

  /** Both placement queries through the tallies and straight from the placements, for every period, for all units and one. */
  async function expectTalliesToAgree(unit: string | null): Promise<void> {
    let compared = 0;
    for (const [from, to] of PERIODS) {
      const base = [from, to, counted, unit];
      const throughTallies = [...base, ...periodSplitParams({ from, to, unit })];
      for (const [sql, direct] of [[PLACEMENTS_IN_PERIOD, DIRECT_PLACEMENTS_IN_PERIOD], [PLACEMENTS_PER_SUPPLIER_AND_MEMBER, DIRECT_PLACEMENTS_PER_SUPPLIER_AND_MEMBER]]) {
        const expected = await rowsOf(direct, base);
        compared += expected.length;
        expect({ from, to, unit, rows: await rowsOf(sql, throughTallies) }).toEqual({ from, to, unit, rows: expected });
      }
    }
    expect(compared).toBeGreaterThan(unit === null ? 100 : 10);
  }

  /** The stored outcomes of a sample of contracts are what a fresh refresh on TODAY stores. */
  async function expectOutcomesAsRefreshed(): Promise<void> {
    const sample: string[] = (await t.dataSource.query(`SELECT id FROM contract ORDER BY md5(id::text) LIMIT 40`)).map((r: { id: string }) => r.id);
    const { stored, refreshed } = await storedAndRefreshed(t.dataSource, sample, TODAY);
    expect(stored.placements.filter((p) => p.counts_toward_requirement).length).toBeGreaterThan(50);
    expect(refreshed).toEqual(stored);
  }

  /** What the service does in the transaction that changed a report: the contract's outcomes follow. */
  async function refreshAll(): Promise<void> {
    const contracts: { id: string }[] = await t.dataSource.query(`SELECT id FROM contract ORDER BY id`);
    await t.dataSource.transaction(async (manager) => {
      for (const { id } of contracts) await refreshClauseOutcomes(manager, id, TODAY);
    });
  }

  const pendingDeltas = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM placement_tally_delta`))[0].n);
  const results = async (from: string, to: string) =>
    (await t.http.get(`/api/results?from=${from}&to=${to}`).set('Authorization', t.auth(Role.PactOffice)).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await loadDemoData({ query: async (sql, params) => ({ rows: await runner.query(sql, params) }) }, { procurements: 240, placements: 4000, seed: 31, today: TODAY }, () => undefined);
    } finally {
      await runner.release();
    }
  }, 60000);
  afterAll(() => t.close());

  it('leaves a loaded data set folded, and agrees for whole years, month edges, one month and all years', async () => {
    expect(await pendingDeltas()).toBe(0);
    const [folded] = await t.dataSource.query(`SELECT count(*)::int AS n FROM placement_tally_by_person`);
    expect(folded.n).toBeGreaterThan(0);
    const [{ months }] = await t.dataSource.query(`SELECT sum(full_time_months) AS months FROM placement_tally_by_person WHERE year_total`);
    expect(Number(months)).toBeGreaterThan(100);
    await expectTalliesToAgree(null);
    await expectOutcomesAsRefreshed();
  });

  it('agrees after verifications, early endings, deletions and cancellations, before and after folding', async () => {
    await t.dataSource.query(`
      UPDATE placement SET verification_status = 'QUESTIONED', verification_reason = 'Underlag saknas'
      WHERE id IN (SELECT id FROM placement ORDER BY id LIMIT 400)`);
    await t.dataSource.query(`
      UPDATE placement SET verification_status = 'ACCEPTED'
      WHERE id IN (SELECT id FROM placement WHERE verification_status = 'PENDING' ORDER BY reference LIMIT 400)`);
    await t.dataSource.query(`
      UPDATE placement SET early_end_date = start_date + 20, early_end_reason = 'EMPLOYEE_RESIGNED'
      WHERE id IN (SELECT id FROM placement WHERE filled AND early_end_date IS NULL AND end_date > start_date + 40 ORDER BY reference DESC LIMIT 200)`);
    // An update that changes nothing counted leaves no delta.
    const before = await pendingDeltas();
    await t.dataSource.query(`UPDATE placement SET updated_at = now() WHERE id IN (SELECT id FROM placement LIMIT 100)`);
    expect(await pendingDeltas()).toBe(before);
    await t.dataSource.query(`DELETE FROM placement WHERE id IN (SELECT id FROM placement ORDER BY offered_date LIMIT 60)`);
    const cancelled = await t.dataSource.query(`
      UPDATE procurement SET status = 'CANCELLED'
      WHERE id IN (SELECT ct.procurement_id FROM contract ct JOIN placement p ON p.contract_id = ct.id
        JOIN procurement pr ON pr.id = ct.procurement_id WHERE pr.status = 'AWARDED' GROUP BY 1 ORDER BY 1 LIMIT 6)
      RETURNING id`);
    expect(cancelled[0]).toHaveLength(6);
    await refreshAll();

    expect(await pendingDeltas()).toBeGreaterThan(1000);
    const unfolded = await Promise.all(PERIODS.map(([from, to]) => results(from, to)));
    await expectTalliesToAgree(null);
    await expectOutcomesAsRefreshed();

    // Two folds at once (as two instances would): one folds, the other finds the lock taken.
    const pending = await pendingDeltas();
    const folds = await Promise.all([t.app.get(TallyFoldingService).foldAll(), t.app.get(TallyFoldingService).foldAll()]);
    expect(folds[0] + folds[1] + (await t.app.get(TallyFoldingService).foldAll())).toBe(pending);
    expect(await pendingDeltas()).toBe(0);
    expect(await Promise.all(PERIODS.map(([from, to]) => results(from, to)))).toEqual(unfolded);
    await expectTalliesToAgree(null);
    const [{ unit }] = await t.dataSource.query(`SELECT contracting_unit AS unit FROM procurement ORDER BY 1 LIMIT 1`);
    await expectTalliesToAgree(unit);
  });

  it('counts nothing twice and leaves nothing over when reports race a cancellation', async () => {
    const targets = await t.dataSource.query(`
      SELECT ct.id AS contract_id, ct.supplier_id, c.id AS clause_id, pr.id AS procurement_id
      FROM procurement pr JOIN contract ct ON ct.procurement_id = pr.id
      JOIN clause c ON c.procurement_id = pr.id AND c.type = 'PLACEMENTS'
      WHERE pr.status = 'AWARDED' ORDER BY pr.id LIMIT 3`);
    expect(targets).toHaveLength(3);
    for (const [round, target] of targets.entries()) {
      const report = (i: number) =>
        t.dataSource.query(
          `INSERT INTO placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date, end_date,
             working_time_percent, target_group, gender, age_band, establishment_programme, created_by)
           VALUES ($1, $2, $3, $4, 'EMPLOYMENT', '2024-05-02', true, '2024-06-03', '2024-12-02', 100, 'NEWCOMER', 'WOMAN', '25-29', false, 'race')`,
          [target.supplier_id, target.contract_id, target.clause_id, `RACE-${round}-${i}`],
        );
      const cancel = () => t.dataSource.query(`UPDATE procurement SET status = 'CANCELLED' WHERE id = $1`, [target.procurement_id]);
      await Promise.all([...Array.from({ length: 12 }, (_, i) => report(i)), cancel(), ...Array.from({ length: 12 }, (_, i) => report(12 + i))]);
    }
    await expectTalliesToAgree(null);
    await t.app.get(TallyFoldingService).foldAll();
    await expectTalliesToAgree(null);
  });

  it('takes a cancelled procurement out of the results through the API, tallies folded or not', async () => {
    const [row] = await t.dataSource.query(`
      SELECT pr.id, date_part('year', p.offered_date)::int AS year, count(*)::int AS placements
      FROM procurement pr JOIN contract ct ON ct.procurement_id = pr.id JOIN placement p ON p.contract_id = ct.id
      WHERE pr.status = 'AWARDED' AND p.verification_status <> 'QUESTIONED'
      GROUP BY pr.id, 2 ORDER BY 3 DESC, 1 LIMIT 1`);
    const year = `${row.year}`;
    const offered = async () => (await results(`${year}-01-01`, `${year}-12-31`)).placements.offered as number;
    const before = await offered();
    await t.http.post(`/api/procurements/${row.id}/cancel`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(await offered()).toBe(before - row.placements);
    await t.app.get(TallyFoldingService).foldAll();
    expect(await offered()).toBe(before - row.placements);
  });
});
