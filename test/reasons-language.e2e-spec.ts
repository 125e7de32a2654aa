import { ReevaluateOutcomesWithUncodedReasons1764520000000 } from '../migrations/1764520000000-ReevaluateOutcomesWithUncodedReasons';
import { Role } from '../src/auth/role';
import { addMonths, todayInStockholm } from '../src/common/calendar';
import { contractsDue } from '../src/reporting/clause-outcome.repository';
import { refreshDueOutcomes } from '../src/reporting/clause-outcomes';
import { createAwardedContract } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Stored clause outcomes: reasons kept as codes, read in the reader's language; old English rows judged again. */
describe('Reasons in the reader’s language', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t.close(); });

  const clauses = (contractId: string, lang?: string) => {
    const req = t.http.get('/api/follow-up/clauses').query({ contractId }).set('Authorization', t.auth(Role.PactOffice));
    return (lang ? req.set('Accept-Language', lang) : req).expect(200);
  };

  it('stores codes and renders them in Swedish by default and in English on request', async () => {
    const today = todayInStockholm();
    const c = await createAwardedContract(t, { startDate: addMonths(today, -8), endDate: addMonths(today, 16) });
    const [stored] = await t.dataSource.query(`SELECT reasons, lines FROM clause_outcome WHERE contract_id = $1 AND clause_id = $2`, [c.contractId, c.clauseIds[0]]);
    expect(stored.reasons[0]).toMatchObject({ code: 'STATUS_NO_EARLY_START', params: { withinMonths: 6 } });
    expect(stored.lines[0].reason).toMatchObject({ code: 'STATUS_LINE', params: { kind: 'STATUS_KIND_EMPLOYMENT' } });

    const [sv] = (await clauses(c.contractId)).body.items;
    const [en] = (await clauses(c.contractId, 'en')).body.items;
    expect(sv.reasons[0]).toMatch(/^Ingen placering erbjuden eller påbörjad inom 6 månader från avtalets start \(senast \d{4}-\d\d-\d\d\)$/);
    expect(en.reasons[0]).toMatch(/^No placement offered or started within 6 months of contract start \(by \d{4}-\d\d-\d\d\)$/);
    expect(sv.lines[0].reason).toMatch(/^Anställning: 0 av 24 heltidsmånader levererade.* — risk: /);
    expect(en.lines[0].reason).toMatch(/^Employment: 0 of 24 full-time months delivered.* — at risk: /);
    expect(sv.reasonCodes).toEqual(stored.reasons);
    expect(en.reasonCodes).toEqual(stored.reasons);
  });

  it('shows outcomes stored as English sentences as they are, and the migration has the daily refresh store codes', async () => {
    const today = todayInStockholm();
    const c = await createAwardedContract(t, { startDate: addMonths(today, -8), endDate: addMonths(today, 16) });
    const other = await createAwardedContract(t, { startDate: addMonths(today, -8), endDate: addMonths(today, 16) });
    await t.dataSource.query(
      `UPDATE clause_outcome SET reasons = '["EMPLOYMENT: 0 of 24 full-time months delivered"]',
         lines = jsonb_set(lines, '{0,reason}', '"EMPLOYMENT: 0 of 24"') WHERE contract_id = $1 AND lines IS NOT NULL`,
      [c.contractId],
    );
    const [legacy] = (await clauses(c.contractId)).body.items;
    expect(legacy).toMatchObject({
      reasons: ['EMPLOYMENT: 0 of 24 full-time months delivered'],
      reasonCodes: [{ code: 'TEXT_UNCODED', params: { text: 'EMPLOYMENT: 0 of 24 full-time months delivered' } }],
    });
    expect(legacy.lines[0].reason).toBe('EMPLOYMENT: 0 of 24');
    expect(await contractsDue(t.dataSource.manager, today, 1000)).not.toContain(c.contractId);

    const runner = t.dataSource.createQueryRunner();
    try {
      await new ReevaluateOutcomesWithUncodedReasons1764520000000().up(runner);
    } finally {
      await runner.release();
    }
    const due = await contractsDue(t.dataSource.manager, today, 1000);
    expect(due).toContain(c.contractId);
    expect(due).not.toContain(other.contractId);

    expect(await refreshDueOutcomes(t.dataSource, today)).toBeGreaterThanOrEqual(1);
    const [fresh] = (await clauses(c.contractId)).body.items;
    expect(fresh.asOf).toBe(today);
    expect(fresh.reasonCodes.map((r: { code: string }) => r.code)).toEqual(['STATUS_NO_EARLY_START', 'STATUS_LINE']);
    expect(fresh.lines[0].reason).toMatch(/^Anställning: /);
  });
});
