import { Role } from '../src/auth/role';
import { addDays, addMonths, todayInStockholm } from '../src/common/calendar';
import { createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Pact office follow-up lists', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t.close(); });
  const pact = () => t.auth(Role.PactOffice);

  it('lists overdue reporting periods until the supplier submits them, filterable and paginated', async () => {
    const today = todayInStockholm();
    // Started seven and a half months ago: two quarters are more than 30 days past their end in any month.
    const startDate = addDays(addMonths(today, -7), -15);
    const c = await createAwardedContract(t, { startDate, endDate: addMonths(today, 17), contractingUnit: 'Trafiknämnden' });
    await createAwardedContract(t, { startDate, endDate: addMonths(today, 17), contractingUnit: 'Idrottsnämnden' });

    const overdue = await t.http.get('/api/follow-up/overdue-reports').query({ contractingUnit: 'Trafiknämnden' }).set('Authorization', pact());
    expect(overdue.status).toBe(200);
    expect(overdue.body.total).toBe(6);
    expect(overdue.body.items[0]).toMatchObject({ contractId: c.contractId, periodNumber: 1, contractingUnit: 'Trafiknämnden' });
    expect(overdue.body.items[0].daysOverdue).toBeGreaterThan(0);

    const page = await t.http.get('/api/follow-up/overdue-reports').query({ contractingUnit: 'Trafiknämnden', limit: 4, offset: 4 }).set('Authorization', pact());
    expect(page.body).toMatchObject({ total: 6, limit: 4, offset: 4 });
    expect(page.body.items).toHaveLength(2);
    const beyond = await t.http.get('/api/follow-up/overdue-reports').query({ contractingUnit: 'Trafiknämnden', offset: 50 }).set('Authorization', pact());
    expect(beyond.body).toMatchObject({ total: 6, items: [] });

    const submitted = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/periods/1/submission`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send({ comment: 'Inga placeringar ännu; rekrytering pågår.' });
    expect(submitted.status).toBe(201);
    expect(submitted.body.submittedAt).not.toBeNull();
    const twice = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/periods/1/submission`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send({});
    expect(twice.status).toBe(409);
    const future = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/periods/8/submission`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send({});
    expect(future.status).toBe(409);

    const after = await t.http.get('/api/follow-up/overdue-reports').query({ contractId: c.contractId }).set('Authorization', pact());
    expect(after.body.total).toBe(5);

    const asOfEarly = await t.http.get('/api/follow-up/overdue-reports').query({ contractId: c.contractId, asOf: addMonths(today, -8) }).set('Authorization', pact());
    expect(asOfEarly.body.total).toBe(0);
  });

  it('lists clauses at risk or not fulfilled, and any status on request', async () => {
    const today = todayInStockholm();
    const behind = await createAwardedContract(t, { startDate: addMonths(today, -8), endDate: addMonths(today, 16), contractingUnit: 'Kulturnämnden' });
    const res = await t.http.get('/api/follow-up/clauses').query({ contractingUnit: 'Kulturnämnden' }).set('Authorization', pact());
    expect(res.status).toBe(200);
    const statuses = res.body.items.map((i: { type: string; status: string }) => [i.type, i.status]);
    expect(statuses).toContainEqual(['PLACEMENTS', 'AT_RISK']);
    expect(res.body.items.every((i: { status: string }) => ['AT_RISK', 'NOT_FULFILLED'].includes(i.status))).toBe(true);
    expect(res.body.items[0]).toMatchObject({ supplierId: behind.supplierId, contractingUnit: 'Kulturnämnden' });
    // Today's list is the stored outcomes, with the placements lines' figures as stored.
    const placements = res.body.items.find((i: { type: string }) => i.type === 'PLACEMENTS');
    expect(placements).toMatchObject({ asOf: today, lines: [expect.objectContaining({ kind: 'EMPLOYMENT', status: 'AT_RISK' })] });
    const [stored] = await t.dataSource.query(`SELECT status, reasons FROM clause_outcome WHERE clause_id = $1`, [placements.clauseId]);
    expect(placements).toMatchObject({ status: stored.status, reasonCodes: stored.reasons });
    expect(placements.reasons[0]).toMatch(/^Ingen placering erbjuden eller påbörjad inom 6 månader från avtalets start/);
    expect(placements.reasons[1]).toMatch(/^Anställning: .* heltidsmånader levererade/);
    expect(placements.lines[0]).toMatchObject({ reason: placements.reasons[1], reasonCode: stored.reasons[1] });

    // Another day is judged by the rules as of that day: after the contract end, not fulfilled.
    const later = await t.http.get('/api/follow-up/clauses').query({ contractingUnit: 'Kulturnämnden', asOf: addMonths(today, 17) }).set('Authorization', pact());
    expect(later.body.items.find((i: { clauseId: string }) => i.clauseId === placements.clauseId)).toMatchObject({ status: 'NOT_FULFILLED' });

    const onTrack = await t.http.get('/api/follow-up/clauses').query({ contractingUnit: 'Kulturnämnden', status: 'ON_TRACK,FULFILLED' }).set('Authorization', pact());
    expect(onTrack.body.items.every((i: { status: string }) => ['ON_TRACK', 'FULFILLED'].includes(i.status))).toBe(true);

    const bad = await t.http.get('/api/follow-up/clauses').query({ status: 'LATE' }).set('Authorization', pact());
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('status');
  });

  it('lists questioned reports across types for the pact office, filterable by type', async () => {
    const c = await createAwardedContract(t);
    const supplier = t.auth(Role.Supplier, c.supplierId);
    const placement = (await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`).set('Authorization', supplier).send(placementInput())).body;
    const meeting = (await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[1]}/dialogue-meetings`).set('Authorization', supplier)
      .send({ meetingKind: 'FIRST', heldOn: '2026-02-10', participants: 'HR', outcome: 'Praktik' })).body;
    const question = (type: string, id: string) => t.http.put(`/api/contracts/${c.contractId}/reports/${type}/${id}/verification`).set('Authorization', pact());
    const noReason = await question('placements', placement.id).send({ status: 'QUESTIONED' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].field).toBe('reason');
    expect((await question('placements', placement.id).send({ status: 'QUESTIONED', reason: 'Avtal saknas' })).status).toBe(200);
    expect((await question('dialogue-meetings', meeting.id).send({ status: 'QUESTIONED', reason: 'Protokoll saknas' })).status).toBe(200);
    expect((await question('dialogue-meetings', meeting.id).set('Authorization', t.auth(Role.Officer)).send({ status: 'ACCEPTED' })).status).toBe(403);

    const all = await t.http.get('/api/follow-up/questioned-reports').query({ contractId: c.contractId }).set('Authorization', pact());
    expect(all.body.total).toBe(2);
    const meetings = await t.http.get('/api/follow-up/questioned-reports').query({ contractId: c.contractId, reportType: 'DIALOGUE_MEETING' }).set('Authorization', pact());
    expect(meetings.body.items).toEqual([expect.objectContaining({ reportId: meeting.id, reason: 'Protokoll saknas', summary: 'FIRST 2026-02-10' })]);
  });
});
