import { Role } from '../src/auth/role';
import { MAX_CSV_ROWS } from '../src/reporting/placements-csv';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const header = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';

/**
 * One pooled connection, so the tally trigger fires on the same connection for a one-row update
 * (a single report's outcome refresh) and then for a full file's. With the plan PL/pgSQL cached from
 * the first, the second compared 25 million row pairs and ran past any sensible statement_timeout.
 */
describe('The tally trigger stays fast for a full upload after a single report on the same connection', () => {
  let t: TestApp;
  let c: AwardedContract;
  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '1', STATEMENT_TIMEOUT_MS: '10000' });
    c = await createAwardedContract(t);
  });
  afterAll(async () => { await t.close(); });

  it('stores a 5 000-row file within the statement timeout', async () => {
    const path = `/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`;
    expect((await t.http.post(path).set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput())).status).toBe(201);
    const rows = Array.from({ length: MAX_CSV_ROWS }, (_, i) => `PLAN-${i};EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;100;LONG_TERM_UNEMPLOYED;WOMAN;30-49;nej`);
    const res = await t.http.post(`${path}/csv`).set('Authorization', t.auth(Role.Supplier, c.supplierId))
      .attach('file', Buffer.from([header, ...rows].join('\n')), 'placeringar.csv');
    expect(res.status).toBe(201);
    const [{ counted }] = await t.dataSource.query(
      `SELECT count(*)::int AS counted FROM placement WHERE reference LIKE 'PLAN-%' AND counts_toward_requirement`,
    );
    expect(counted).toBeGreaterThan(0);
  }, 120_000);
});
