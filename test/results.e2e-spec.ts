import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import {
  buildPactDataSet,
  FASTIGHET,
  insertClause,
  insertContract,
  insertPlacement,
  insertProcurement,
  PACT_DATA_SET_TODAY,
  placementsParameters,
  storeOutcomes,
  TRAFIK,
} from './support/results-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Figures of one split category: offered, filled, full-time months, and how many filled count toward a requirement (all, here). */
const f = (offered: number, filled: number, fullTimeMonths: number, countingTowardRequirement = filled) =>
  ({ offered, filled, countingTowardRequirement, fullTimeMonths });
/** The clause fulfilment figures of one type. */
const fulfilment = (type: string, clauses: number, withoutReports: number, fulfilled: number, notFulfilled: number, atRisk = 0) =>
  ({ type, clauses, withoutReports, fulfilled, atRisk, notFulfilled, fulfilmentRate: clauses ? Math.round((fulfilled / clauses) * 1000) / 1000 : 0 });

describe('Results: the pact office gets the five measures for a period, split by gender, age and programme', () => {
  let t: TestApp;
  let alfa: string;
  let beta: string;
  beforeAll(async () => {
    t = await createTestApp();
    alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(11) })).id;
    beta = (await createSupplier(t, { name: 'Beta Bygg AB', orgNumber: orgNumber(12) })).id;
    await buildPactDataSet(t.dataSource, { alfa, beta });
  });
  afterAll(() => t.close());

  const get = (query: string, role = Role.PactOffice) => t.http.get(`/api/results${query}`).set('Authorization', t.auth(role));
  const clauseIdsOf = async (...references: string[]): Promise<string[]> =>
    (await t.dataSource.query(
      `SELECT c.id FROM clause c JOIN procurement p ON p.id = c.procurement_id WHERE p.reference_number = ANY($1) AND c.type = 'PLACEMENTS'`,
      [references],
    )).map((r: { id: string }) => r.id);

  it('counts 2025 by hand: published procurements, placements offered by offered date and filled by start date', async () => {
    const { body } = await get('?from=2025-01-01&to=2025-12-31').expect(200);
    expect(body.period).toEqual({ from: '2025-01-01', to: '2025-12-31', unit: null });
    expect(body.countedVerificationStatuses).toEqual(['ACCEPTED', 'PENDING']);
    // P1, P2, P3, P8 (01-01 in Stockholm); not cancelled P4, not P5 (2024), P6 (draft), P7 (2026 in Stockholm).
    expect(body.procurements).toEqual({ published: 4, withClauses: 3, withDialogue: 2, withPlacements: 2, withIntegrationInitiative: 0 });
    // Offered A, B, C, E (D questioned, F offered 2024, G cancelled); filled A (6), E (resigned after 2 of 3 months,
    // at least P2's 50 %: all 3 count), F (6 × 80 %). B's 12 months at 50 % are worked in 2026.
    const p = body.placements;
    expect(f(p.offered, p.filled, p.fullTimeMonths, p.countingTowardRequirement)).toEqual(f(4, 3, 13.8));
    expect(p.byGender).toEqual([
      { gender: 'WOMAN', ...f(2, 2, 10.8) },
      { gender: 'MAN', ...f(1, 0, 0) },
      { gender: 'OTHER', ...f(1, 1, 3) },
      { gender: 'NOT_STATED', ...f(0, 0, 0) },
    ]);
    expect(p.byAgeBand).toEqual([
      { ageBand: '16-19', ...f(1, 0, 0) },
      { ageBand: '20-24', ...f(1, 1, 6) },
      { ageBand: '25-29', ...f(0, 1, 4.8) },
      { ageBand: '30-49', ...f(1, 0, 0) },
      { ageBand: '50+', ...f(1, 1, 3) },
    ]);
    expect(p.byEstablishmentProgramme).toEqual([
      { establishmentProgramme: true, ...f(2, 2, 10.8) },
      { establishmentProgramme: false, ...f(2, 1, 3) },
    ]);
    expect(p.byGenderAndProgramme).toEqual([
      { gender: 'WOMAN', establishmentProgramme: true, ...f(1, 2, 10.8) },
      { gender: 'WOMAN', establishmentProgramme: false, ...f(1, 0, 0) },
      { gender: 'MAN', establishmentProgramme: true, ...f(1, 0, 0) },
      { gender: 'MAN', establishmentProgramme: false, ...f(0, 0, 0) },
      { gender: 'OTHER', establishmentProgramme: true, ...f(0, 0, 0) },
      { gender: 'OTHER', establishmentProgramme: false, ...f(1, 1, 3) },
      { gender: 'NOT_STATED', establishmentProgramme: true, ...f(0, 0, 0) },
      { gender: 'NOT_STATED', establishmentProgramme: false, ...f(0, 0, 0) },
    ]);
    expect(p.byGenderAndAgeBand).toHaveLength(20);
    expect(p.byGenderAndAgeBand).toContainEqual({ gender: 'WOMAN', ageBand: '25-29', ...f(0, 1, 4.8) });
    expect(p.byGenderAndAgeBand).toContainEqual({ gender: 'MAN', ageBand: '30-49', ...f(1, 0, 0) });
  });

  it('counts the clauses of the period’s procurements by their stored statuses, including one never awarded', async () => {
    const { body } = await get('?from=2025-01-01&to=2025-12-31').expect(200);
    expect(body.clauses).toEqual([
      // P1's dialogue had both meetings; P3's was never awarded, so it has no follow-up.
      fulfilment('DIALOGUE', 2, 1, 1, 0),
      // P1: 2 of 3 placements by the deadline, 12 of 24 months (A 6 + B 12 × 50 %): NOT_FULFILLED; P2: 1 of 1, 3 of 1.5 months.
      fulfilment('PLACEMENTS', 2, 0, 1, 1),
      fulfilment('INTEGRATION_INITIATIVE', 0, 0, 0, 0),
    ]);
    expect(body.fullTimeMonths).toEqual({ required: 25.5, delivered: 15, committed: 0, requiredPlacements: 4, filledPlacements: 3 });
    for (const clauseId of await clauseIdsOf('P1', 'P2')) {
      const [stored] = await t.dataSource.query(`SELECT status FROM clause_outcome WHERE clause_id = $1`, [clauseId]);
      expect(stored.status).toMatch(/FULFILLED|NOT_FULFILLED/);
    }
    expect(body.integrationInitiatives).toEqual({ clauses: 0, milestones: 0, milestonesCompleted: 0, participants: 0 });
  });

  it('gives the figures per contracting unit and per supplier', async () => {
    const { body } = await get('?from=2025-01-01&to=2025-12-31').expect(200);
    expect(body.units.map((u: { unit: string }) => u.unit)).toEqual([FASTIGHET, TRAFIK]);
    expect(body.units[0]).toMatchObject({
      unit: FASTIGHET,
      procurements: { published: 1, withClauses: 1, withDialogue: 1, withPlacements: 1, withIntegrationInitiative: 0 },
      ...f(3, 2, 10.8),
    });
    expect(body.units[0].byGender[0]).toEqual({ gender: 'WOMAN', ...f(2, 2, 10.8) });
    expect(body.units[1]).toMatchObject({
      unit: TRAFIK,
      procurements: { published: 3, withClauses: 2, withDialogue: 1, withPlacements: 1, withIntegrationInitiative: 0 },
      ...f(1, 1, 3),
    });
    expect(body.suppliers).toEqual([
      {
        supplierId: alfa,
        name: 'Alfa Städ AB',
        orgNumber: orgNumber(11),
        ...f(3, 2, 10.8),
        byGender: [
          { gender: 'WOMAN', ...f(2, 2, 10.8) },
          { gender: 'MAN', ...f(1, 0, 0) },
          { gender: 'OTHER', ...f(0, 0, 0) },
          { gender: 'NOT_STATED', ...f(0, 0, 0) },
        ],
      },
      expect.objectContaining({ supplierId: beta, name: 'Beta Bygg AB', ...f(1, 1, 3) }),
    ]);
  });

  it('counts the placement offered in 2025 and filled in 2026 as filled in 2026, and P7 as published in 2026', async () => {
    const { body } = await get('?from=2026-01-01').expect(200);
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-12-31', unit: null });
    expect(body.procurements).toEqual({ published: 1, withClauses: 0, withDialogue: 0, withPlacements: 0, withIntegrationInitiative: 0 });
    expect(f(body.placements.offered, body.placements.filled, body.placements.fullTimeMonths)).toEqual(f(0, 1, 6));
    expect(body.placements.byGender[1]).toEqual({ gender: 'MAN', ...f(0, 1, 6) });
  });

  it('reports 2024 with its integration initiative', async () => {
    const { body } = await get('?from=2024-01-01&to=2024-12-31').expect(200);
    expect(body.procurements).toEqual({ published: 1, withClauses: 1, withDialogue: 0, withPlacements: 1, withIntegrationInitiative: 1 });
    expect(f(body.placements.offered, body.placements.filled, body.placements.fullTimeMonths)).toEqual(f(1, 0, 0));
    expect(body.integrationInitiatives).toEqual({ clauses: 1, milestones: 2, milestonesCompleted: 1, participants: 20 });
    expect(body.fullTimeMonths).toEqual({ required: 12, delivered: 4.8, committed: 0, requiredPlacements: 1, filledPlacements: 1 });
  });

  it('limits every figure to one contracting unit', async () => {
    const { body } = await get(`?from=2025-01-01&to=2025-12-31&unit=${encodeURIComponent(TRAFIK)}`).expect(200);
    expect(body.period.unit).toBe(TRAFIK);
    expect(body.procurements).toEqual({ published: 3, withClauses: 2, withDialogue: 1, withPlacements: 1, withIntegrationInitiative: 0 });
    expect(f(body.placements.offered, body.placements.filled, body.placements.fullTimeMonths)).toEqual(f(1, 1, 3));
    expect(body.units.map((u: { unit: string }) => u.unit)).toEqual([TRAFIK]);
    expect(body.suppliers.map((s: { name: string }) => s.name)).toEqual(['Beta Bygg AB']);
  });

  it('lets an officer read the results and refuses a supplier and a caller without a token', async () => {
    await get('?from=2025-01-01', Role.Officer).expect(200);
    await get('?from=2025-01-01', Role.Admin).expect(200);
    const refused = await t.http.get('/api/results').set('Authorization', t.auth(Role.Supplier, alfa)).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    await t.http.get('/api/results').expect(401);
  });

  it.each([
    ['?from=2025-02-30', 'from'],
    ['?from=2025-1-01', 'from'],
    ['?from=2025-06-01&to=2025-05-31', 'to'],
    ['?from=2025-01-01&unit=', 'unit'],
    ['?year=2025', 'year'],
  ])('refuses %s with 400 naming %s', async (query, field) => {
    const res = await get(query).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(res.body.fields.map((e: { field: string }) => e.field)).toContain(field);
  });
});

describe('Results: which verification statuses count is configurable', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RESULTS_COUNT_VERIFICATION: 'ACCEPTED' });
    const alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(11) })).id;
    const beta = (await createSupplier(t, { name: 'Beta Bygg AB', orgNumber: orgNumber(12) })).id;
    await buildPactDataSet(t.dataSource, { alfa, beta });
  });
  afterAll(() => t.close());

  it('counts only accepted reports and says so', async () => {
    const { body } = await t.http.get('/api/results?from=2025-01-01').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(body.countedVerificationStatuses).toEqual(['ACCEPTED']);
    // B and C are pending: offered A and E; filled A, E, F as before.
    expect(f(body.placements.offered, body.placements.filled, body.placements.fullTimeMonths)).toEqual(f(2, 3, 13.8));
    // The clauses keep their follow-up statuses (questioned reports are what they leave out): one
    // definition of fulfilled, whichever reports the pact office counts in the placement figures.
    expect(body.clauses[0]).toEqual(fulfilment('DIALOGUE', 2, 1, 1, 0));
    expect(body.fullTimeMonths).toEqual({ required: 25.5, delivered: 15, committed: 0, requiredPlacements: 4, filledPlacements: 3 });
  });
});

describe('Results: full-time months count months from the start day, left-over days as a share of that month', () => {
  let t: TestApp;
  afterAll(() => t.close());

  it('counts 15 January–24 March at 60 % as (2 + 10/31) × 0.6 = 1.39 months', async () => {
    t = await createTestApp();
    const supplierId = (await createSupplier(t, { name: 'Gamma AB', orgNumber: orgNumber(13) })).id;
    const ds = t.dataSource;
    const procurement = await insertProcurement(ds, { reference: 'G1', unit: FASTIGHET, status: 'AWARDED', publishedAt: '2025-01-02T09:00:00Z' });
    const clauseId = await insertClause(ds, procurement, 1, 'PLACEMENTS', placementsParameters(1, 1.39, 75, null));
    const contractId = await insertContract(ds, procurement, supplierId, '2025-01-10', '2025-12-31');
    await insertPlacement(ds, { supplierId, contractId, clauseId }, {
      reference: 'G', offered: '2025-01-12', start: '2025-01-15', end: '2025-03-24', workingTimePercent: 60,
      gender: 'NOT_STATED', ageBand: '30-49', programme: false,
    });
    await storeOutcomes(ds, PACT_DATA_SET_TODAY);
    const { body } = await t.http.get('/api/results?from=2025-01-01').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(body.placements.byGender[3]).toEqual({ gender: 'NOT_STATED', ...f(1, 1, 1.4) });
    expect(body.clauses[1]).toMatchObject({ type: 'PLACEMENTS', clauses: 1, fulfilled: 1 });
  });
});
