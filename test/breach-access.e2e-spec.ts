import { Role } from '../src/auth/role';
import { breachesOf, contractBehindOnPlacements, moveDueDate, requestRemedy } from './support/breach-factories';
import { AwardedContract, createFollowUpSupplier } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const DECISION_DAY = '2026-12-01';

describe('Breach handling: who may see and do what', () => {
  let t: TestApp;
  let c: AwardedContract;
  let otherSupplierId: string;
  let decidedId: string;
  let openId: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await contractBehindOnPlacements(t);
    otherSupplierId = await createFollowUpSupplier(t);
    // The other supplier has a contract and a breach of its own.
    await requestRemedy(t, await contractBehindOnPlacements(t, { supplierId: otherSupplierId }));
    decidedId = (await requestRemedy(t, c)).id;
    await moveDueDate(t, decidedId, DECISION_DAY);
    await t.http.post(`${breachesOf(c)}/${decidedId}/decision`).set('Authorization', t.auth(Role.Officer)).send({ outcome: 'PENALTY', asOf: DECISION_DAY }).expect(201);
    openId = (await requestRemedy(t, c)).id;
  });
  afterAll(async () => { await t.close(); });

  /** Every route with a valid request for the owning supplier's contract (valid bodies, so only ownership decides). */
  const routes = () => {
    const open = `${breachesOf(c)}/${openId}`;
    const decided = `${breachesOf(c)}/${decidedId}`;
    return {
      reads: [
        breachesOf(c), open, `${decided}/penalty?asOf=${DECISION_DAY}`, `${open}/letter.pdf`, `${decided}/decision.pdf?lang=en`,
        `/api/contracts/${c.contractId}/breaches`,
      ],
      supplierWrites: [[`${open}/recovery-plan`, { actions: 'Rekrytering via Jobbtorg.', expectedBackOnTrack: '2027-03-31' }]] as const,
      buyerWrites: [
        [breachesOf(c, 1), { missing: 'Inget uppföljningsmöte hållet.' }],
        [`${open}/decision`, { outcome: 'WAIVED', motivation: 'Rättat.', asOf: DECISION_DAY }],
        [`${open}/withdrawal`, { reason: 'Fel klausul.' }],
      ] as const,
    };
  };

  it('lets the owning supplier read everything of its own, and another supplier nothing (404)', async () => {
    const { reads } = routes();
    for (const path of reads) {
      const own = await t.http.get(path).set('Authorization', t.auth(Role.Supplier, c.supplierId));
      expect({ path, status: own.status }).toEqual({ path, status: 200 });
      const other = await t.http.get(path).set('Authorization', t.auth(Role.Supplier, otherSupplierId));
      expect({ path, status: other.status }).toEqual({ path, status: 404 });
    }
    const [own] = (await t.http.get(`/api/contracts/${c.contractId}/breaches`).set('Authorization', t.auth(Role.Supplier, c.supplierId))).body;
    expect(own.supplierId).toBe(c.supplierId);
  });

  it('keeps another supplier from answering a request on a contract it does not hold (404), storing nothing', async () => {
    for (const [path, body] of routes().supplierWrites) {
      const other = await t.http.post(path).set('Authorization', t.auth(Role.Supplier, otherSupplierId)).send(body);
      expect({ path, status: other.status }).toEqual({ path, status: 404 });
    }
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM recovery_plan`))[0].n).toBe(0);
  });

  it('refuses the buyer’s steps to any supplier (403) and the supplier’s answer to the buyer (403)', async () => {
    const { buyerWrites, supplierWrites } = routes();
    for (const [path, body] of buyerWrites) {
      for (const supplierId of [c.supplierId, otherSupplierId]) {
        const res = await t.http.post(path).set('Authorization', t.auth(Role.Supplier, supplierId)).send(body);
        expect({ path, status: res.status }).toEqual({ path, status: 403 });
      }
    }
    for (const [path, body] of supplierWrites) {
      const res = await t.http.post(path).set('Authorization', t.auth(Role.Officer)).send(body);
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
    }
    const list = await t.http.get('/api/follow-up/remedy-requests').set('Authorization', t.auth(Role.Supplier, c.supplierId));
    expect(list.status).toBe(403);
    expect((await t.http.get(`${breachesOf(c)}/${openId}`).set('Authorization', t.auth(Role.Officer))).body.status).toBe('OPEN');
  });

  it('answers a request of another clause or contract with 404', async () => {
    const wrongClause = await t.http.get(`${breachesOf(c, 1)}/${openId}`).set('Authorization', t.auth(Role.Officer));
    expect(wrongClause.status).toBe(404);
    const decision = await t.http.post(`${breachesOf(c, 1)}/${openId}/withdrawal`).set('Authorization', t.auth(Role.Officer)).send({ reason: 'Fel.' });
    expect(decision.status).toBe(404);
    const malformed = await t.http.get(`${breachesOf(c)}/not-a-uuid`).set('Authorization', t.auth(Role.Officer));
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields[0].field).toBe('breachId');
  });
});
