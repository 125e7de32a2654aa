import { Role } from '../src/auth/role';
import type { ResultsDto } from '../src/results/dto/results.dto';
import type { QuarterMeasuresDto, TrendDto } from '../src/results/dto/trend.dto';
import { loadDemoData } from '../src/results/demo-data/load';
import { TallyFoldingService } from '../src/results/tally-folding.service';
import { createSupplier, orgNumber } from './support/factories';
import { buildPactDataSet, TRAFIK } from './support/results-factories';
import { createTestApp, TestApp } from './support/test-app';

/** One quarter's five measures: procurements with clauses, with dialogue, with placements; placements offered, filled. */
const q = (quarter: string, withClauses: number, withDialogue: number, withPlacements: number, offered: number, filled: number) =>
  ({ quarter, withClauses, withDialogue, withPlacements, offered, filled });
const measuresOf = ({ quarter, withClauses, withDialogue, withPlacements, offered, filled }: QuarterMeasuresDto) =>
  ({ quarter, withClauses, withDialogue, withPlacements, offered, filled });

const trendOf = async (t: TestApp, query: Record<string, string>): Promise<TrendDto> =>
  (await t.http.get('/api/results/trend').query(query).set('Authorization', t.auth(Role.PactOffice)).expect(200)).body;

/** Each quarter of a trend says what /api/results says for that quarter as a period. */
async function expectQuartersAsResults(t: TestApp, trend: TrendDto): Promise<void> {
  for (const quarter of trend.quarters) {
    const r: ResultsDto = (await t.http.get('/api/results').query({ from: quarter.from, to: quarter.to, ...(trend.unit ? { unit: trend.unit } : {}) })
      .set('Authorization', t.auth(Role.PactOffice)).expect(200)).body;
    expect(measuresOf(quarter)).toEqual(q(quarter.quarter, r.procurements.withClauses, r.procurements.withDialogue, r.procurements.withPlacements,
      r.placements.offered, r.placements.filled));
  }
}

describe('Results trend: the five measures per quarter, for the dashboard’s trend chart', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(21) })).id;
    const beta = (await createSupplier(t, { name: 'Beta Bygg AB', orgNumber: orgNumber(22) })).id;
    await buildPactDataSet(t.dataSource, { alfa, beta });
  });
  afterAll(() => t.close());

  // The hand-built set (test/support/results-factories.ts): P5 published 2024-11, P8 (no clauses)
  // and P1 in 2025 Q1, P2 in Q2, P3 in Q3, P7 (no clauses) on 1 January 2026 Stockholm time; P4 is
  // cancelled. Placements offered/filled: F 2024-12/2025-01, A 2025-03/04, C 2025-05/–, E 2025-07/08,
  // B 2025-11/2026-01; D is questioned and G under the cancelled P4, so neither counts.
  const HAND_BUILT = [
    q('2024-Q3', 0, 0, 0, 0, 0),
    q('2024-Q4', 1, 0, 1, 1, 0),
    q('2025-Q1', 1, 1, 1, 1, 1),
    q('2025-Q2', 1, 0, 1, 1, 1),
    q('2025-Q3', 1, 1, 0, 1, 1),
    q('2025-Q4', 0, 0, 0, 1, 0),
    q('2026-Q1', 0, 0, 0, 0, 1),
    q('2026-Q2', 0, 0, 0, 0, 0),
  ];

  it('lists every quarter from the one of `from` through the one of `to`, empty quarters as zeros', async () => {
    const trend = await trendOf(t, { from: '2024-08-15', to: '2026-04-02' });
    expect({ from: trend.from, to: trend.to, unit: trend.unit }).toEqual({ from: '2024-07-01', to: '2026-06-30', unit: null });
    expect(trend.quarters.map(measuresOf)).toEqual(HAND_BUILT);
    expect(trend.quarters[2]).toMatchObject({ from: '2025-01-01', to: '2025-03-31' });
    expect(trend.countedVerificationStatuses).toEqual(['ACCEPTED', 'PENDING']);
    await expectQuartersAsResults(t, trend);
  });

  it('says the same once the tally deltas are folded', async () => {
    await t.app.get(TallyFoldingService).foldAll();
    expect(Number((await t.dataSource.query(`SELECT count(*) AS n FROM placement_tally_delta`))[0].n)).toBe(0);
    expect((await trendOf(t, { from: '2024-08-15', to: '2026-04-02' })).quarters.map(measuresOf)).toEqual(HAND_BUILT);
  });

  it('keeps to one contracting unit', async () => {
    const trend = await trendOf(t, { from: '2025-01-01', to: '2025-12-31', unit: TRAFIK });
    expect(trend.quarters.map(measuresOf)).toEqual([
      q('2025-Q1', 0, 0, 0, 0, 0),
      q('2025-Q2', 1, 0, 1, 0, 0),
      q('2025-Q3', 1, 1, 0, 1, 1),
      q('2025-Q4', 0, 0, 0, 0, 0),
    ]);
    await expectQuartersAsResults(t, trend);
  });

  it('shows twelve quarters ending with the year of `to` when `from` is left out', async () => {
    const trend = await trendOf(t, { to: '2026-05-20' });
    expect(trend.quarters.map((quarter) => quarter.quarter)).toEqual([
      '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2',
    ]);
    expect(trend.quarters.slice(4).map(measuresOf)).toEqual(HAND_BUILT);
  });

  it('refuses a range backwards, longer than 40 quarters or with a bad date, naming the field', async () => {
    const bad = (query: Record<string, string>) => t.http.get('/api/results/trend').query(query).set('Authorization', t.auth(Role.PactOffice)).expect(400);
    expect((await bad({ from: '2025-05-01', to: '2025-04-30' })).body.fields.map((f: { field: string }) => f.field)).toEqual(['to']);
    expect((await bad({ from: '2015-01-01', to: '2025-12-31' })).body.fields.map((f: { field: string }) => f.field)).toEqual(['from']);
    expect((await bad({ from: '2025-02-30' })).body.fields.map((f: { field: string }) => f.field)).toEqual(['from']);
    expect((await bad({ to: '2025-12-31', extra: '1' })).body.fields.map((f: { field: string }) => f.field)).toEqual(['extra']);
    // Ten years exactly is allowed.
    expect((await trendOf(t, { from: '2016-01-01', to: '2025-12-31' })).quarters).toHaveLength(40);
  });
});

describe('Results trend on a demo city: every quarter is what the results say for it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const runner = t.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await loadDemoData({ query: async (sql, params) => ({ rows: await runner.query(sql, params) }) }, { procurements: 120, placements: 1500, seed: 17, today: '2025-09-15' }, () => undefined);
    } finally {
      await runner.release();
    }
  }, 60000);
  afterAll(() => t.close());

  it('agrees quarter by quarter, for all units and for one, before and after new reports are folded', async () => {
    const trend = await trendOf(t, { from: '2023-01-01', to: '2025-12-31' });
    expect(trend.quarters).toHaveLength(12);
    expect(trend.quarters.reduce((sum, quarter) => sum + quarter.filled, 0)).toBeGreaterThan(100);
    await expectQuartersAsResults(t, trend);
    const [{ unit }] = await t.dataSource.query(`SELECT contracting_unit AS unit FROM procurement ORDER BY 1 LIMIT 1`);
    await expectQuartersAsResults(t, await trendOf(t, { from: '2024-01-01', to: '2025-12-31', unit }));

    // Reports questioned after the fold are pending deltas until the next one.
    await t.dataSource.query(`UPDATE placement SET verification_status = 'QUESTIONED', verification_reason = 'Underlag saknas'
      WHERE id IN (SELECT id FROM placement WHERE start_date >= '2024-01-01' ORDER BY id LIMIT 80)`);
    const unfolded = await trendOf(t, { from: '2023-01-01', to: '2025-12-31' });
    expect(unfolded.quarters).not.toEqual(trend.quarters);
    await expectQuartersAsResults(t, unfolded);
    await t.app.get(TallyFoldingService).foldAll();
    expect(await trendOf(t, { from: '2023-01-01', to: '2025-12-31' })).toEqual(unfolded);
  });
});
