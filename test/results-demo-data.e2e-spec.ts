import { Role } from '../src/auth/role';
import { loadDemoData, QueryClient } from '../src/results/demo-data/load';
import { DIRECT_PLACEMENTS_IN_PERIOD, storedAndRefreshed } from './support/results-direct';
import { createTestApp, TestApp } from './support/test-app';

type Figures = { offered: number; filled: number; fullTimeMonths: number };
const sum = (rows: Figures[], key: keyof Figures) => Math.round(rows.reduce((s, r) => s + r[key], 0) * 10) / 10;

describe('Results on the demo data set: every split adds up to the totals', () => {
  let t: TestApp;
  /** The day the loader evaluates the rules on: some contracts ended, some running, some not started. */
  const TODAY = '2025-09-15';
  beforeAll(async () => {
    t = await createTestApp();
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    const client: QueryClient = { query: async (sql, params) => ({ rows: await runner.query(sql, params) }) };
    try {
      await loadDemoData(client, { procurements: 400, placements: 6000, seed: 77, today: TODAY }, () => undefined);
    } finally {
      await runner.release();
    }
  }, 60000);
  afterAll(() => t.close());

  it('loads the asked numbers and refuses the same seed twice', async () => {
    const [counts] = await t.dataSource.query(`SELECT (SELECT count(*) FROM procurement)::int AS p, (SELECT count(*) FROM placement)::int AS pl`);
    expect(counts).toEqual({ p: 400, pl: 6000 });
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await expect(loadDemoData({ query: async (sql, params) => ({ rows: await runner.query(sql, params) }) }, { procurements: 1, seed: 77 }, () => undefined))
        .rejects.toThrow('seed 77 is already loaded');
    } finally {
      await runner.release();
    }
  });

  it.each(['2021', '2024'])('adds up for %s and matches a direct count of the placements', async (year) => {
    const { body } = await t.http.get(`/api/results?from=${year}-01-01`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    const p = body.placements;
    expect(p.offered).toBeGreaterThan(0);
    for (const split of [p.byGender, p.byAgeBand, p.byEstablishmentProgramme, p.byGenderAndProgramme, p.byGenderAndAgeBand, body.units, body.suppliers]) {
      expect(sum(split, 'offered')).toBe(p.offered);
      expect(sum(split, 'filled')).toBe(p.filled);
      expect(Math.abs(sum(split, 'fullTimeMonths') - p.fullTimeMonths)).toBeLessThanOrEqual(0.05 * split.length + 1e-9);
    }
    const [direct] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE p.offered_date BETWEEN $1 AND $2)::int AS offered,
              count(*) FILTER (WHERE p.filled AND p.start_date BETWEEN $1 AND $2)::int AS filled
       FROM placement p JOIN contract ct ON ct.id = p.contract_id JOIN procurement pr ON pr.id = ct.procurement_id
       WHERE pr.status <> 'CANCELLED' AND p.verification_status IN ('ACCEPTED', 'PENDING')`,
      [`${year}-01-01`, `${year}-12-31`],
    );
    expect({ offered: p.offered, filled: p.filled }).toEqual(direct);
    const [total] = await t.dataSource.query(`SELECT * FROM (${DIRECT_PLACEMENTS_IN_PERIOD}) r WHERE grouping = 15`, [
      `${year}-01-01`, `${year}-12-31`, ['ACCEPTED', 'PENDING'], null,
    ]);
    expect(p.fullTimeMonths).toBeGreaterThan(0);
    expect(p.fullTimeMonths).toBeCloseTo(Number(total.full_time_months), 1);
    const units = body.units.map((u: { procurements: { published: number } }) => u.procurements.published);
    expect(units.reduce((a: number, b: number) => a + b, 0)).toBe(body.procurements.published);
  });

  it('stores for every clause of every contract exactly what the service’s refresh stores on the same day', async () => {
    const contracts: string[] = (await t.dataSource.query(`SELECT id FROM contract ORDER BY id`)).map((r: { id: string }) => r.id);
    expect(contracts.length).toBeGreaterThan(100);
    const { stored, refreshed } = await storedAndRefreshed(t.dataSource, contracts, TODAY);
    expect(stored.outcomes.length).toBeGreaterThan(100);
    expect(new Set(stored.outcomes.map((o) => o.status))).toEqual(new Set(['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'FULFILLED', 'NOT_FULFILLED']));
    expect(stored.placements.filter((p) => p.counts_toward_requirement).length).toBeGreaterThan(1000);
    expect(refreshed).toEqual(stored);
  });
});
