import { randomUUID } from 'crypto';
import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Story: the pact office accepts a page of reports at once — all of them, or none when one is refused. */
describe('Bulk acceptance of reports', () => {
  let t: TestApp;
  let c: AwardedContract;
  let other: AwardedContract;
  const pact = () => t.auth(Role.PactOffice);
  const accept = (reports: unknown, auth = pact()) => t.http.post('/api/verifications/accept').set('Authorization', auth).send({ reports });
  const placement = async (contract: AwardedContract): Promise<string> => {
    const res = await t.http.post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, contract.supplierId)).send(placementInput());
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const meeting = async (contract: AwardedContract): Promise<string> => {
    const res = await t.http.post(`/api/contracts/${contract.contractId}/clauses/${contract.clauseIds[1]}/dialogue-meetings`)
      .set('Authorization', t.auth(Role.Supplier, contract.supplierId))
      .send({ meetingKind: 'FIRST', heldOn: '2026-02-10', participants: 'HR-chef och stadens kontaktperson', outcome: 'Två praktikplatser erbjuds' });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const question = (contract: AwardedContract, id: string) =>
    t.http.put(`/api/contracts/${contract.contractId}/reports/placements/${id}/verification`).set('Authorization', pact())
      .send({ status: 'QUESTIONED', reason: 'Anställningsavtal saknas' }).expect(200);
  const statusOf = async (table: string, id: string): Promise<string> =>
    (await t.dataSource.query(`SELECT verification_status FROM ${table} WHERE id = $1`, [id]))[0].verification_status;
  const ref = (reportId: string, reportType = 'PLACEMENT') => ({ reportType, reportId });

  beforeAll(async () => {
    t = await createTestApp();
    c = await createAwardedContract(t);
    other = await createAwardedContract(t);
  });
  afterAll(async () => { await t.close(); });

  it('accepts pending and questioned reports of several kinds and suppliers in one call, audited and counted', async () => {
    const pending = await placement(c);
    const questioned = await placement(c);
    await question(c, questioned);
    const meetingId = await meeting(c);
    const elsewhere = await placement(other);

    const waiting = await t.http.get('/api/follow-up/pending-reports').query({ contractId: c.contractId }).set('Authorization', pact());
    expect(waiting.status).toBe(200);
    expect(waiting.body.items.map((r: { reportId: string }) => r.reportId)).toEqual(expect.arrayContaining([pending, meetingId]));
    expect(waiting.body.items.map((r: { reportId: string }) => r.reportId)).not.toContain(questioned);
    expect(waiting.body.items.find((r: { reportId: string }) => r.reportId === meetingId)).toMatchObject({ reportType: 'DIALOGUE_MEETING', supplierId: c.supplierId });
    const bySupplier = await t.http.get('/api/follow-up/pending-reports').query({ supplierId: other.supplierId }).set('Authorization', pact());
    expect(bySupplier.body.items.map((r: { reportId: string }) => r.reportId)).toEqual([elsewhere]);

    const res = await accept([ref(pending), ref(questioned), ref(meetingId, 'DIALOGUE_MEETING'), ref(elsewhere)]);
    expect(res.status).toBe(200);
    expect(res.body.accepted).toBe(4);
    expect(res.body.reports.map((r: { reportId: string }) => r.reportId)).toEqual([pending, questioned, meetingId, elsewhere]);
    expect(res.body.reports[1]).toMatchObject({ reportType: 'PLACEMENT', verificationStatus: 'ACCEPTED', verificationReason: null, verifiedBy: expect.any(String) });
    for (const id of [pending, questioned, elsewhere]) expect(await statusOf('placement', id)).toBe('ACCEPTED');
    expect(await statusOf('dialogue_meeting', meetingId)).toBe('ACCEPTED');

    const audit = await t.dataSource.query(
      `SELECT entity_id, after->>'verificationStatus' AS status FROM audit_event WHERE action = 'STATUS_CHANGE' AND entity_id = ANY($1::uuid[])`,
      [[pending, questioned, meetingId, elsewhere]]);
    expect(audit.filter((a: { status: string }) => a.status === 'ACCEPTED')).toHaveLength(4);
    const after = await t.http.get('/api/follow-up/pending-reports').query({ limit: 200 }).set('Authorization', pact());
    expect(after.body.items.map((r: { reportId: string }) => r.reportId)).not.toContain(pending);
    // The questioned report leaves the list it was on.
    const list = await t.http.get('/api/follow-up/questioned-reports').query({ contractId: c.contractId }).set('Authorization', pact());
    expect(list.body.items.map((q: { reportId: string }) => q.reportId)).not.toContain(questioned);
  });

  it('accepts nothing when one report is missing (404) or withdrawn (409), naming its place in the list', async () => {
    const first = await placement(c);
    const second = await placement(c);
    const missing = await accept([ref(first), ref(randomUUID()), ref(second)]);
    expect(missing.status).toBe(404);
    expect(missing.body.fields).toMatchObject([{ field: 'reports.1', codes: [{ code: missing.body.code }] }]);

    const withdrawn = await placement(c);
    await t.http.post(`/api/contracts/${c.contractId}/reports/placements/${withdrawn}/withdrawal`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send({ reason: 'Rapporterad av misstag' }).expect(201);
    const refused = await accept([ref(first), ref(second), ref(withdrawn)]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'REPORT_TAKEN_BACK_NO_VERIFICATION', fields: [{ field: 'reports.2' }] });

    // A placement's id named as another kind of report is no such report either.
    const wrongKind = await accept([ref(first), ref(second, 'INITIATIVE_PROGRESS')]);
    expect(wrongKind.status).toBe(404);
    expect(wrongKind.body.fields).toMatchObject([{ field: 'reports.1' }]);

    for (const id of [first, second]) expect(await statusOf('placement', id)).toBe('PENDING');
  });

  it('answers 400 naming the offending item, for a bad type or id, a repeat, an empty or too long list', async () => {
    const id = await placement(c);
    const badType = await accept([ref(id), ref(id, 'PLACEMENTS')]);
    expect(badType.status).toBe(400);
    expect(badType.body.fields.map((f: { field: string }) => f.field)).toEqual(['reports.1.reportType']);

    const badId = await accept([ref(id), { reportType: 'PLACEMENT', reportId: 'nope' }]);
    expect(badId.status).toBe(400);
    expect(badId.body.fields[0].field).toBe('reports.1.reportId');

    const extra = await accept([{ ...ref(id), status: 'QUESTIONED' }]);
    expect(extra.status).toBe(400);
    expect(extra.body.fields[0].field).toBe('reports.0.status');

    // An array where a report belongs (found by the bad-input fuzz as a 500).
    const nested = await accept([[[]]] as never);
    expect(nested.status).toBe(400);
    expect(nested.body.fields[0].field).toBe('reports');

    const repeated = await accept([ref(id), ref(id.toUpperCase())]);
    expect(repeated.status).toBe(400);
    expect(repeated.body.fields[0].field).toBe('reports.1');

    expect((await accept([])).body.fields[0].field).toBe('reports');
    const tooMany = await accept(Array.from({ length: 201 }, () => ref(randomUUID())));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields[0].field).toBe('reports');
    expect((await accept('all')).status).toBe(400);
    expect(await statusOf('placement', id)).toBe('PENDING');
  });

  it('never lets a supplier accept, not even its own reports, and leaves another supplier’s batch untouched', async () => {
    const own = await placement(c);
    const theirs = await placement(other);
    for (const reports of [[ref(own)], [ref(own), ref(theirs)], [ref(theirs)]]) {
      const res = await accept(reports, t.auth(Role.Supplier, c.supplierId));
      // As the single route answers a supplier: the role may never verify.
      expect(res.status).toBe(403);
      const single = await t.http.put(`/api/contracts/${other.contractId}/reports/placements/${theirs}/verification`)
        .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send({ status: 'ACCEPTED' });
      expect(single.status).toBe(res.status);
    }
    for (const id of [own, theirs]) expect(await statusOf('placement', id)).toBe('PENDING');
    expect((await accept([ref(own)], t.auth(Role.Officer))).status).toBe(403);
  });

  it('answers a retry with the same Idempotency-Key from the first response, and refuses the key for another list', async () => {
    const first = await placement(c);
    const second = await placement(c);
    const key = randomUUID();
    // A key is the caller's own: the same pact office user (token subject) retries.
    const office = pact();
    const once = await t.http.post('/api/verifications/accept').set('Authorization', office).set('Idempotency-Key', key).send({ reports: [ref(first)] });
    expect(once.status).toBe(200);
    const verifiedAt = once.body.reports[0].verifiedAt;
    const again = await t.http.post('/api/verifications/accept').set('Authorization', office).set('Idempotency-Key', key).send({ reports: [ref(first)] });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(once.body);
    const audits = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'STATUS_CHANGE'`, [first]);
    expect(audits[0].n).toBe(1);
    expect((await t.dataSource.query(`SELECT verified_at FROM placement WHERE id = $1`, [first]))[0].verified_at.toISOString()).toBe(verifiedAt);

    const reused = await t.http.post('/api/verifications/accept').set('Authorization', office).set('Idempotency-Key', key).send({ reports: [ref(second)] });
    expect(reused.status).toBe(422);
    expect(await statusOf('placement', second)).toBe('PENDING');
  });
});
