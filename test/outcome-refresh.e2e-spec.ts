import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { todayInStockholm } from '../src/common/calendar';
import { refreshClauseOutcomes, refreshDueOutcomes } from '../src/reporting/clause-outcomes';
import { createAwardedContract, placementInput, placementsParameters } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/** What changes only with time is stored by the daily refresh; what changes with a fact, at once. */
describe('Stored clause outcomes: at award, on every report, and once a day', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(() => t.close());

  const stored = async (contractId: string) =>
    (await t.dataSource.query(`SELECT status, evaluated_on::text AS "evaluatedOn", status_since::text AS "statusSince",
         delivered_full_time_months AS delivered
       FROM clause_outcome WHERE contract_id = $1`, [contractId]))[0];
  const placementsResults = async () =>
    (await t.http.get('/api/results?from=2026-01-01&to=2026-12-31').set('Authorization', t.auth(Role.PactOffice)).expect(200))
      .body.clauses.find((c: { type: string }) => c.type === 'PLACEMENTS');

  it('stores the outcome at award and after a report, and the daily refresh judges the contract once it has ended', async () => {
    const c = await createAwardedContract(t, {
      clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }], startDate: '2026-01-01', endDate: '2027-06-30',
    });
    const atAward = await stored(c.contractId);
    // No placement offered within the first 6 months.
    expect(atAward.status).toBe('AT_RISK');
    expect(atAward.statusSince).toBe(atAward.evaluatedOn);

    const base = `/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}`;
    await t.http.post(`${base}/placements`).set('Authorization', t.auth(Role.Supplier, c.supplierId))
      .send(placementInput({ startDate: '2026-02-15', endDate: '2026-08-14' })).expect(201);
    expect(Number((await stored(c.contractId)).delivered)).toBeCloseTo(6, 9);

    // Judging again on the same day changes nothing, so the tallies get no new delta.
    const deltas = async () => Number((await t.dataSource.query(`SELECT count(*) FROM placement_tally_delta`))[0].count);
    const before = await deltas();
    await t.dataSource.transaction((manager) => refreshClauseOutcomes(manager, c.contractId, atAward.evaluatedOn));
    expect(await deltas()).toBe(before);

    // Nothing is due again on a day it was evaluated; after the contract ended it is, once.
    expect(await refreshDueOutcomes(t.dataSource, atAward.evaluatedOn)).toBe(0);
    expect(await refreshDueOutcomes(t.dataSource, '2027-07-01')).toBe(1);
    expect(await stored(c.contractId)).toMatchObject({ status: 'NOT_FULFILLED', evaluatedOn: '2027-07-01', statusSince: '2027-07-01' });
    expect(await refreshDueOutcomes(t.dataSource, '2027-07-02')).toBe(0);
    // Judged again later with the same status: the day the status began is kept.
    await t.dataSource.transaction((manager) => refreshClauseOutcomes(manager, c.contractId, '2027-07-05'));
    expect(await stored(c.contractId)).toMatchObject({ status: 'NOT_FULFILLED', evaluatedOn: '2027-07-05', statusSince: '2027-07-01' });
    expect(await placementsResults()).toMatchObject({ clauses: 1, fulfilled: 0, atRisk: 0, notFulfilled: 1 });

    // The status page evaluates the same rule on the same day.
    const live = await t.http.get(`${base}/status`).query({ asOf: '2027-07-01' }).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(live.body.status).toBe('NOT_FULFILLED');
  });

  it('adds a report to the stored summary, concurrent reports included, as a full judgement of all of them decides', async () => {
    const c = await createAwardedContract(t, { clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }] });
    const outcome = async () =>
      (await t.dataSource.query(`SELECT status, reasons, lines, reports, counted_placements AS counted, delivered_full_time_months AS delivered,
           committed_full_time_months AS committed, placements_summary AS summary, summary_terms AS terms
         FROM clause_outcome WHERE contract_id = $1`, [c.contractId]))[0];
    expect((await outcome()).summary).toMatchObject({ reports: 0 });
    const report = (overrides: Record<string, unknown>) =>
      t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`).set('Authorization', t.auth(Role.Supplier, c.supplierId))
        .send(placementInput(overrides)).expect(201);
    // Counted, counted later, too little working time, not filled: several lines and whys at once.
    await Promise.all([
      ...Array.from({ length: 4 }, () => report({})),
      ...Array.from({ length: 3 }, () => report({ startDate: '2027-03-01', endDate: '2027-12-31' })),
      ...Array.from({ length: 3 }, () => report({ workingTimePercent: 20 })),
      ...Array.from({ length: 2 }, () => report({ filled: false, startDate: undefined, endDate: undefined })),
    ]);
    const added = await outcome();
    expect(added.reports).toBe(12);
    // Reports that waited for the clause's turn shared a transaction (placements written by one have its xmin).
    const [{ transactions }] = await t.dataSource.query(`SELECT count(DISTINCT xmin::text)::int AS transactions FROM placement WHERE contract_id = $1`,
      [c.contractId]);
    expect(transactions).toBeLessThan(12);
    await t.dataSource.transaction((manager) => refreshClauseOutcomes(manager, c.contractId, todayInStockholm()));
    const judged = await outcome();
    expect(added).toEqual({ ...judged, delivered: expect.closeTo(judged.delivered, 9), committed: expect.closeTo(judged.committed, 9) });

    // Proof that a report is added to what is stored, not judged from all: a tampered summary shows through…
    await t.dataSource.query(`UPDATE clause_outcome SET placements_summary = jsonb_set(placements_summary, '{reports}', '100') WHERE contract_id = $1`,
      [c.contractId]);
    await report({});
    expect((await outcome()).reports).toBe(101);
    // …and a summary made under other terms (another day, another clause version) is not used: all are judged again.
    await t.dataSource.query(`UPDATE clause_outcome SET summary_terms = 'other' WHERE contract_id = $1`, [c.contractId]);
    await report({});
    expect(await outcome()).toMatchObject({ reports: 14, terms: judged.terms });
  });

  it('answers each report of a shared transaction on its own: refused, taken or stored', async () => {
    const c = await createAwardedContract(t, { clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }] });
    const post = (body: Record<string, unknown>) =>
      t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`).set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(body);
    const taken = placementInput();
    const bodies = [
      taken, ...Array.from({ length: 4 }, () => placementInput()), { ...taken }, placementInput({ kind: 'INTERNSHIP' }),
      ...Array.from({ length: 4 }, () => placementInput()),
    ];
    const answers = await Promise.all(bodies.map(post));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201, 201, 409, 400, 201, 201, 201, 201]);
    expect(answers[5].body).toMatchObject({ code: 'PLACEMENT_REFERENCE_TAKEN_ON', params: { id: answers[0].body.id } });
    expect(answers[6].body.fields).toEqual([expect.objectContaining({ field: 'kind', codes: [expect.objectContaining({ code: 'PLACEMENT_KIND_NOT_IN_CLAUSE' })] })]);
    const [{ placements, audited }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM placement WHERE contract_id = $1) AS placements,
         (SELECT count(*)::int FROM audit_event a JOIN placement p ON p.id = a.entity_id WHERE p.contract_id = $1) AS audited`, [c.contractId]);
    expect({ placements, audited }).toEqual({ placements: 9, audited: 9 });
    // And they did share transactions: fewer than one per stored placement.
    const [{ transactions }] = await t.dataSource.query(`SELECT count(DISTINCT xmin::text)::int AS transactions FROM placement WHERE contract_id = $1`,
      [c.contractId]);
    expect(transactions).toBeLessThan(9);
    const [{ reports }] = await t.dataSource.query(`SELECT reports FROM clause_outcome WHERE contract_id = $1`, [c.contractId]);
    expect(reports).toBe(9);
  });

  it('fills in an outcome that is missing, as after an upgrade', async () => {
    const c = await createAwardedContract(t, { clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }] });
    await t.dataSource.query(`DELETE FROM clause_outcome WHERE contract_id = $1`, [c.contractId]);
    expect(await refreshDueOutcomes(t.dataSource, '2026-12-02')).toBeGreaterThanOrEqual(1);
    expect(await stored(c.contractId)).toMatchObject({ evaluatedOn: '2026-12-02' });
  });
});
