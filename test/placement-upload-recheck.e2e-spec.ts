import { Role } from '../src/auth/role';
import { ReportAccessService } from '../src/reporting/report-access.service';
import { AwardedContract, createAwardedContract } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const header = 'reference;kind;offeredDate;filled;startDate;endDate;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';

/**
 * The file is validated outside the write's transaction; the write reads the clause again and
 * checks the rows once more when its terms changed meanwhile (here: the contract was shortened).
 */
describe('CSV upload re-checks the rows when the clause changed while the file was validated', () => {
  let t: TestApp;
  let c: AwardedContract;
  beforeAll(async () => {
    t = await createTestApp();
    c = await createAwardedContract(t, { endDate: '2026-06-30' });
  });
  afterAll(async () => { await t.close(); });

  it('refuses rows the changed terms no longer allow, and stores none', async () => {
    const access = t.app.get(ReportAccessService);
    const original = access.reportableClause.bind(access);
    // The validation outside the transaction still sees the contract's old, later end.
    jest.spyOn(access, 'reportableClause').mockImplementationOnce(async (...args) => ({ ...(await original(...args)), contractEnd: '2027-12-31' }));
    const file = [header, 'SENT-1;EMPLOYMENT;2026-02-01;ja;2026-02-15;2026-08-14;100;LONG_TERM_UNEMPLOYED;WOMAN;30-49;nej',
      'LATE-1;EMPLOYMENT;2026-07-01;ja;2026-07-15;2027-01-14;100;LONG_TERM_UNEMPLOYED;WOMAN;30-49;nej'].join('\n');
    const res = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements/csv`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).attach('file', Buffer.from(file), 'placeringar.csv');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['rows.3.offeredDate', 'rows.3.startDate']);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM placement WHERE contract_id = $1`, [c.contractId]))[0].n).toBe(0);
  });
});
