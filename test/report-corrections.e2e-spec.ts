import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Story: a supplier corrects its reports until the pact office accepts them, and takes them back with a reason. */
describe('Report corrections and withdrawals', () => {
  let t: TestApp;
  let c: AwardedContract;
  let supplier: string;
  let pactOffice: string;
  const contract = () => `/api/contracts/${c.contractId}`;
  const placements = () => `${contract()}/clauses/${c.clauseIds[0]}/placements`;
  const verify = (type: string, id: string, body: Record<string, unknown>) =>
    t.http.put(`${contract()}/reports/${type}/${id}/verification`).set('Authorization', pactOffice).send(body);
  const withdraw = (type: string, id: string, auth: string, reason = 'Rapporterad av misstag') =>
    t.http.post(`${contract()}/reports/${type}/${id}/withdrawal`).set('Authorization', auth).send({ reason });
  const report = async (overrides: Record<string, unknown> = {}): Promise<string> => {
    const created = await t.http.post(placements()).set('Authorization', supplier).send(placementInput(overrides)).expect(201);
    expect(created.body).toMatchObject({ withdrawalKind: null, withdrawalReason: null, withdrawnAt: null });
    return created.body.id;
  };

  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
    c = await createAwardedContract(t);
    supplier = t.auth(Role.Supplier, c.supplierId);
    pactOffice = t.auth(Role.PactOffice);
  });
  afterAll(async () => { await t.close(); });

  it('lets the supplier correct any field of a pending placement but its reference', async () => {
    const id = await report();
    const corrected = await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({
      kind: 'EMPLOYMENT', offeredDate: '2026-01-20', startDate: '2026-02-01', endDate: '2026-09-30', earlyEndDate: '2026-07-31',
      earlyEndReason: 'JUST_CAUSE', workingTimePercent: 75, targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'MAN', ageBand: '50+', establishmentProgramme: true,
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ earlyEndReason: 'JUST_CAUSE', workingTimePercent: 75, gender: 'MAN', verificationStatus: 'PENDING', withdrawalKind: null });

    const reference = await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({ reference: 'NY-REF' });
    expect(reference.status).toBe(400);
    expect(reference.body.fields[0].field).toBe('reference');

    const noReason = await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({ earlyEndReason: null });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].field).toBe('earlyEndReason');
  });

  it('sends a corrected questioned placement back for verification, and refuses to correct an accepted one', async () => {
    const id = await report();
    await verify('placements', id, { status: 'QUESTIONED', reason: 'Fel omfattning' }).expect(200);
    const answer = await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({ workingTimePercent: 80 });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ verificationStatus: 'PENDING', verificationReason: null, workingTimePercent: 80 });

    await verify('placements', id, { status: 'ACCEPTED' }).expect(200);
    const late = await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({ workingTimePercent: 60 });
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/verified.*only the pact office can void it/);
    expect((await withdraw('placements', id, supplier)).status).toBe(409);
  });

  it('lets the supplier withdraw a pending placement, meeting and progress report, which stay listed, marked', async () => {
    const id = await report();
    const withdrawn = await withdraw('placements', id, supplier);
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body).toMatchObject({
      reportType: 'PLACEMENT', reportId: id, withdrawalKind: 'WITHDRAWN', withdrawalReason: 'Rapporterad av misstag', withdrawnBy: expect.any(String),
    });
    const listed = (await t.http.get(placements()).query({ limit: 100 }).set('Authorization', pactOffice)).body.items.find((p: { id: string }) => p.id === id);
    expect(listed).toMatchObject({ withdrawalKind: 'WITHDRAWN', withdrawalReason: 'Rapporterad av misstag', withdrawnAt: withdrawn.body.withdrawnAt });

    const meetings = `${contract()}/clauses/${c.clauseIds[1]}/dialogue-meetings`;
    const meeting = await t.http.post(meetings).set('Authorization', supplier)
      .send({ meetingKind: 'FIRST', heldOn: '2026-02-10', participants: 'HR', outcome: 'Praktikplatser' }).expect(201);
    expect((await withdraw('dialogue-meetings', meeting.body.id, supplier)).body.withdrawalKind).toBe('WITHDRAWN');
    expect((await t.http.get(meetings).set('Authorization', supplier)).body[0]).toMatchObject({ withdrawalKind: 'WITHDRAWN' });
    const again = await t.http.patch(`${meetings}/${meeting.body.id}`).set('Authorization', supplier).send({ outcome: 'Ändrat' });
    expect(again.status).toBe(409);

    const progress = await t.http.post(`${contract()}/clauses/${c.clauseIds[2]}/initiative-progress`).set('Authorization', supplier)
      .send({ milestoneTitle: 'Start', progressStatus: 'IN_PROGRESS', reportedOn: '2026-03-01', description: 'Planering' }).expect(201);
    expect((await withdraw('initiative-progress', progress.body.id, supplier)).body).toMatchObject({ reportType: 'INITIATIVE_PROGRESS', withdrawalKind: 'WITHDRAWN' });
  });

  it('lets the pact office void an accepted placement; nothing can then correct, verify or take it back again', async () => {
    const id = await report();
    await verify('placements', id, { status: 'ACCEPTED' }).expect(200);
    const voided = await withdraw('placements', id, pactOffice, 'Samma anställning rapporterad två gånger');
    expect(voided.status).toBe(201);
    expect(voided.body).toMatchObject({ withdrawalKind: 'VOIDED', withdrawalReason: 'Samma anställning rapporterad två gånger' });

    expect((await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({ workingTimePercent: 50 })).status).toBe(409);
    expect((await verify('placements', id, { status: 'QUESTIONED', reason: 'Kontroll' })).status).toBe(409);
    const twice = await withdraw('placements', id, pactOffice);
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain('already voided');
  });

  it('keeps a questioned report that was withdrawn off the questioned list', async () => {
    const id = await report();
    await verify('placements', id, { status: 'QUESTIONED', reason: 'Avtal saknas' }).expect(200);
    await withdraw('placements', id, supplier).expect(201);
    const questioned = await t.http.get('/api/follow-up/questioned-reports').set('Authorization', supplier);
    expect(questioned.body.items.map((q: { reportId: string }) => q.reportId)).not.toContain(id);
  });

  it('validates the reason and keeps the route from officers and other suppliers', async () => {
    const id = await report();
    for (const reason of ['   ', 'x'.repeat(2001)]) {
      const bad = await withdraw('placements', id, supplier, reason);
      expect(bad.status).toBe(400);
      expect(bad.body.fields[0].field).toBe('reason');
    }
    const extra = await t.http.post(`${contract()}/reports/placements/${id}/withdrawal`).set('Authorization', supplier).send({ reason: 'Fel', kind: 'VOIDED' });
    expect(extra.status).toBe(400);
    expect((await withdraw('placements', id, t.auth(Role.Officer))).status).toBe(403);
    const other = await createAwardedContract(t);
    expect((await withdraw('placements', id, t.auth(Role.Supplier, other.supplierId))).status).toBe(404);
    expect((await t.http.get(`${placements()}/${id}`).set('Authorization', supplier)).body.withdrawalKind).toBeNull();
  });

  it('audits every correction and withdrawal in the contract’s trail', async () => {
    const id = await report();
    await t.http.patch(`${placements()}/${id}`).set('Authorization', supplier).send({ workingTimePercent: 90 }).expect(200);
    await withdraw('placements', id, supplier).expect(201);
    const trail = await t.http.get(`${contract()}/audit`).query({ limit: 100 }).set('Authorization', pactOffice);
    const events = trail.body.items.filter((e: { entityId: string }) => e.entityId === id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['WITHDRAW', 'UPDATE', 'CREATE']);
    expect(events[0]).toMatchObject({
      actorRole: 'supplier', entityType: 'placement',
      before: { verificationStatus: 'PENDING', withdrawalKind: null }, after: { withdrawalKind: 'WITHDRAWN', withdrawalReason: 'Rapporterad av misstag' },
    });
    const voids = trail.body.items.filter((e: { action: string; actorRole: string }) => e.action === 'WITHDRAW' && e.actorRole === 'pact_office');
    expect(voids).toHaveLength(1);
  });
});
