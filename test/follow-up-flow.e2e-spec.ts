import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { addMonths, todayInStockholm } from '../src/common/calendar';
import { allClauseTypes, createAwardedContract, placementInput, placementsParameters } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Follow-up: award → reports → status → verification', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp({}, { acceptLanguage: 'en' }); });
  afterAll(async () => { await t.close(); });

  it('takes a placements clause from reports to a verified, fulfilled status', async () => {
    const c = await createAwardedContract(t, {
      clauses: [{ type: ClauseType.Placements, parameters: placementsParameters({ lines: [{
        kind: 'EMPLOYMENT', count: 2, fullTimeMonths: 12, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 50, deadline: { contractMonth: 12 },
      }] }) }],
    });
    const [clauseId] = c.clauseIds;
    const supplier = t.auth(Role.Supplier, c.supplierId);
    const base = `/api/contracts/${c.contractId}/clauses/${clauseId}`;

    const first = await t.http.post(`${base}/placements`).set('Authorization', supplier).send(placementInput({ reference: 'SSAB-1' }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ reference: 'SSAB-1', verificationStatus: 'PENDING', filled: true });

    const halfway = await t.http.get(`${base}/status`).query({ asOf: '2026-09-01' }).set('Authorization', supplier).set('Accept-Language', 'en');
    expect(halfway.status).toBe(200);
    expect(halfway.body).toMatchObject({ status: 'AT_RISK', asOf: '2026-09-01' });
    expect(halfway.body.reasons[0]).toContain('6 of 12 full-time months delivered, 1 of 2 placements started');
    const swedish = await t.http.get(`${base}/status`).query({ asOf: '2026-09-01' }).set('Authorization', supplier).set('Accept-Language', 'sv').expect(200);
    expect(swedish.body.reasons[0]).toContain('6 av 12 heltidsmånader levererade, 1 av 2 platser påbörjade');
    expect(swedish.body.reasonCodes).toEqual(halfway.body.reasonCodes);
    expect(swedish.body.lines[0]).toMatchObject({ reason: swedish.body.reasons[0], reasonCode: { code: 'STATUS_LINE' } });
    expect(swedish.body.placements[0]).toMatchObject({ explanationCode: { code: 'EARNING_WORKED' }, notCounted: null, notCountedCode: null });
    expect(swedish.body.placements[0].explanation).toMatch(/^[\d,]+ månader avtalade på \d+ %: [\d,]+ heltidsmånader levererade/);
    expect(halfway.body.placements[0].explanation).toMatch(/^[\d.]+ months agreed at \d+ %: [\d.]+ full-time months delivered/);

    const second = await t.http.post(`${base}/placements`).set('Authorization', supplier)
      .send(placementInput({ reference: 'SSAB-2', startDate: '2026-03-01', endDate: '2026-08-31', gender: 'MAN', ageBand: '50+' }));
    expect(second.status).toBe(201);
    const done = await t.http.get(`${base}/status`).query({ asOf: '2026-09-01' }).set('Authorization', t.auth(Role.PactOffice));
    expect(done.body.status).toBe('FULFILLED');
    expect(done.body.lines[0]).toMatchObject({ countedPlacements: 2, fullTimeMonths: 12 });

    // The pact office questions one report: it stops counting and goes back to the supplier.
    const questioned = await t.http.put(`/api/contracts/${c.contractId}/reports/placements/${second.body.id}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send({ status: 'QUESTIONED', reason: 'Anställningsavtal saknas' });
    expect(questioned.status).toBe(200);
    expect(questioned.body).toMatchObject({ verificationStatus: 'QUESTIONED', verificationReason: 'Anställningsavtal saknas' });
    const afterQuestion = await t.http.get(`${base}/status`).query({ asOf: '2026-09-01' }).set('Authorization', supplier);
    expect(afterQuestion.body.status).toBe('AT_RISK');

    const mine = await t.http.get('/api/follow-up/questioned-reports').set('Authorization', supplier);
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([expect.objectContaining({ reportType: 'PLACEMENT', reportId: second.body.id, summary: 'SSAB-2', reason: 'Anställningsavtal saknas' })]);

    // The supplier answers by correcting the report; it is pending again, then accepted.
    const answer = await t.http.patch(`${base}/placements/${second.body.id}`).set('Authorization', supplier).send({ workingTimePercent: 100 });
    expect(answer.status).toBe(200);
    expect(answer.body.verificationStatus).toBe('PENDING');
    const accepted = await t.http.put(`/api/contracts/${c.contractId}/reports/placements/${second.body.id}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send({ status: 'ACCEPTED' });
    expect(accepted.body.verificationStatus).toBe('ACCEPTED');
    expect((await t.http.get('/api/follow-up/questioned-reports').set('Authorization', supplier)).body.total).toBe(0);

    const audit = await t.http.get('/api/audit').query({ entityType: 'placement', entityId: second.body.id }).set('Authorization', t.auth(Role.PactOffice));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['STATUS_CHANGE', 'UPDATE', 'STATUS_CHANGE', 'CREATE']);
    expect(audit.body.items[2]).toMatchObject({ actorRole: 'pact_office', before: { verificationStatus: 'PENDING' }, after: { verificationStatus: 'QUESTIONED' } });

    const trail = await t.http.get(`/api/contracts/${c.contractId}/audit`).set('Authorization', t.auth(Role.PactOffice));
    expect(trail.status).toBe(200);
    expect(trail.body.total).toBe(6);
    expect(trail.body.items.at(-1)).toMatchObject({ entityType: 'contract', entityId: c.contractId, action: 'CREATE' });
    expect(new Set(trail.body.items.map((e: { entityType: string }) => e.entityType))).toEqual(new Set(['contract', 'placement']));
  });

  it('records an early ending: only the time worked counts, unless the employee left after 75 % of it', async () => {
    const c = await createAwardedContract(t, { clauses: allClauseTypes() });
    const base = `/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}`;
    const supplier = t.auth(Role.Supplier, c.supplierId);
    const created = await t.http.post(`${base}/placements`).set('Authorization', supplier)
      .send(placementInput({ startDate: '2026-02-01', endDate: '2027-01-31' }));
    const ended = await t.http.patch(`${base}/placements/${created.body.id}`).set('Authorization', supplier).send({ earlyEndDate: '2026-03-31', earlyEndReason: 'EMPLOYEE_RESIGNED' });
    expect(ended.status).toBe(200);
    expect(ended.body.earlyEndDate).toBe('2026-03-31');
    const status = await t.http.get(`${base}/status`).query({ asOf: '2026-06-01' }).set('Authorization', supplier).set('Accept-Language', 'sv');
    expect(status.body.lines[0].fullTimeMonths).toBe(2);
    expect(status.body.placements[0].explanation).toContain('så bara den arbetade tiden räknas');
    expect(status.body.placements[0].explanationCode).toMatchObject({ code: 'EARNING_NOT_CREDITED', params: { endReason: 'EARNING_END_EMPLOYEE_RESIGNED' } });

    const late = await t.http.patch(`${base}/placements/${created.body.id}`).set('Authorization', supplier)
      .send({ earlyEndDate: '2026-11-30', earlyEndReason: 'EMPLOYEE_RESIGNED' });
    expect(late.status).toBe(200);
    const credited = await t.http.get(`${base}/status`).query({ asOf: '2027-03-01' }).set('Authorization', supplier);
    expect(credited.body.lines[0].fullTimeMonths).toBe(12);

    const bad = await t.http.patch(`${base}/placements/${created.body.id}`).set('Authorization', supplier).send({ earlyEndDate: '2027-06-01', earlyEndReason: 'EMPLOYEE_RESIGNED' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('earlyEndDate');
  });

  it('takes dialogue meetings and initiative progress on their own clause types only', async () => {
    const c = await createAwardedContract(t);
    const [placements, dialogue, initiative] = c.clauseIds;
    const supplier = t.auth(Role.Supplier, c.supplierId);
    const meeting = { meetingKind: 'FIRST', heldOn: '2026-02-10', participants: 'HR-chef och stadens kontaktperson', outcome: 'Två praktikplatser erbjuds' };
    expect((await t.http.post(`/api/contracts/${c.contractId}/clauses/${dialogue}/dialogue-meetings`).set('Authorization', supplier).send(meeting)).status).toBe(201);
    const wrong = await t.http.post(`/api/contracts/${c.contractId}/clauses/${placements}/dialogue-meetings`).set('Authorization', supplier).send(meeting);
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields[0].field).toBe('clauseId');

    const progress = { milestoneTitle: 'Start', progressStatus: 'COMPLETED', reportedOn: '2026-06-01', completedOn: '2026-05-20', participants: 8, description: 'Språkcaféet har startat' };
    expect((await t.http.post(`/api/contracts/${c.contractId}/clauses/${initiative}/initiative-progress`).set('Authorization', supplier).send(progress)).status).toBe(201);
    const unknown = await t.http.post(`/api/contracts/${c.contractId}/clauses/${initiative}/initiative-progress`).set('Authorization', supplier)
      .send({ ...progress, milestoneTitle: 'Okänd' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields[0].field).toBe('milestoneTitle');

    const status = await t.http.get(`/api/contracts/${c.contractId}/clauses/${initiative}/status`).query({ asOf: '2026-07-01' }).set('Authorization', supplier).set('Accept-Language', 'sv');
    expect(status.body).toMatchObject({
      status: 'ON_TRACK', reasons: expect.arrayContaining(['1 av 2 delmål klara']),
      reasonCodes: expect.arrayContaining([{ code: 'STATUS_MILESTONES_COMPLETED', params: { completed: 1, total: 2 } }]),
    });
    const meetings = await t.http.get(`/api/contracts/${c.contractId}/clauses/${dialogue}/dialogue-meetings`).set('Authorization', t.auth(Role.PactOffice));
    expect(meetings.body).toHaveLength(1);
  });

  it('accepts a recovery plan only while the clause is AT_RISK', async () => {
    const today = todayInStockholm();
    const behind = await createAwardedContract(t, { startDate: addMonths(today, -8), endDate: addMonths(today, 16) });
    const supplier = t.auth(Role.Supplier, behind.supplierId);
    const plan = { actions: 'Rekrytering via Jobbtorg Stockholm av två personer', expectedBackOnTrack: addMonths(today, 3) };
    const filed = await t.http.post(`/api/contracts/${behind.contractId}/clauses/${behind.clauseIds[0]}/recovery-plans`).set('Authorization', supplier).send(plan);
    expect(filed.status).toBe(201);
    expect(filed.body).toMatchObject({ statusAtFiling: 'AT_RISK' });
    // Kept with the plan in Swedish, the language of the contract's records, whoever filed it.
    expect(filed.body.statusSummary).toContain('Ingen placering erbjuden eller påbörjad inom 6 månader');

    const fresh = await createAwardedContract(t, { startDate: addMonths(today, -1), endDate: addMonths(today, 23) });
    const refused = await t.http.post(`/api/contracts/${fresh.contractId}/clauses/${fresh.clauseIds[0]}/recovery-plans`)
      .set('Authorization', t.auth(Role.Supplier, fresh.supplierId)).send(plan);
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('ON_TRACK');

    const deviations = await t.http.get('/api/follow-up/clauses').query({ supplierId: behind.supplierId }).set('Authorization', t.auth(Role.PactOffice));
    expect(deviations.status).toBe(200);
    expect(deviations.body.items.map((d: { clauseId: string; status: string }) => [d.clauseId, d.status])).toContainEqual([behind.clauseIds[0], 'AT_RISK']);
    expect(deviations.body.items.find((d: { clauseId: string }) => d.clauseId === behind.clauseIds[0]).latestRecoveryPlanAt).not.toBeNull();
  });
});
