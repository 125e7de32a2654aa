import { Role } from '../src/auth/role';
import { addDays, addMonths, todayInStockholm } from '../src/common/calendar';
import { breachesOf, contractBehindOnPlacements, moveDueDate, requestRemedy } from './support/breach-factories';
import { createAwardedContract } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const DECISION_DAY = '2026-12-01';

describe('Breach decisions: when they may be taken, waivers, the cap across decisions, withdrawal', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp({}, { acceptLanguage: 'en' }); });
  afterAll(async () => { await t.close(); });
  const officer = () => t.auth(Role.Officer);

  it('refuses a due date that is not after today, a second open request, and a request before the contract starts', async () => {
    const c = await contractBehindOnPlacements(t);
    const past = await t.http.post(breachesOf(c)).set('Authorization', officer()).send({ missing: 'Heltidsmånader saknas.', dueDate: todayInStockholm() });
    expect(past.status).toBe(400);
    expect(past.body.fields).toMatchObject([{ field: 'dueDate', messages: [expect.stringContaining('after today')] }]);
    const empty = await t.http.post(breachesOf(c)).set('Authorization', officer()).send({ missing: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.fields[0].field).toBe('missing');

    const dueDate = addDays(todayInStockholm(), 45);
    expect((await requestRemedy(t, c, { dueDate })).dueDate).toBe(dueDate);
    const second = await t.http.post(breachesOf(c)).set('Authorization', officer()).send({ missing: 'Fler heltidsmånader saknas.' });
    expect(second.status).toBe(409);
    expect(second.body.message).toContain('already has an OPEN remedy request');

    const today = todayInStockholm();
    const future = await createAwardedContract(t, { startDate: addDays(today, 10), endDate: addMonths(today, 24) });
    const notStarted = await t.http.post(breachesOf(future)).set('Authorization', officer()).send({ missing: 'Inget möte hållet.' });
    expect(notStarted.status).toBe(409);
    expect(notStarted.body.message).toContain('starts');
  });

  it('decides only from the due date on and not in the future; a waiver needs its motivation', async () => {
    const c = await contractBehindOnPlacements(t);
    const { id } = await requestRemedy(t, c);
    const decision = `${breachesOf(c)}/${id}/decision`;
    await moveDueDate(t, id, DECISION_DAY);

    const before = await t.http.post(decision).set('Authorization', officer()).send({ outcome: 'PENALTY', asOf: addDays(DECISION_DAY, -1) });
    expect(before.status).toBe(409);
    const tomorrow = await t.http.post(decision).set('Authorization', officer()).send({ outcome: 'PENALTY', asOf: addDays(todayInStockholm(), 1) });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.fields).toMatchObject([{ field: 'asOf', messages: [expect.stringContaining('must not be after today')] }]);
    const bare = await t.http.post(decision).set('Authorization', officer()).send({ outcome: 'WAIVED' });
    expect(bare.status).toBe(400);
    expect(bare.body.fields).toMatchObject([{ field: 'motivation', messages: expect.arrayContaining(['motivation is required when the outcome is WAIVED']) }]);
    const unknown = await t.http.post(decision).set('Authorization', officer()).send({ outcome: 'MAYBE' });
    expect(unknown.body.fields[0].field).toBe('outcome');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM breach_decision`))[0].n).toBe(0);

    const waived = await t.http.post(decision).set('Authorization', t.auth(Role.PactOffice))
      .send({ outcome: 'WAIVED', motivation: 'Två anställningar påbörjades dagen efter rättelsedagen.', asOf: DECISION_DAY });
    expect(waived.status).toBe(201);
    // A waiver keeps what the penalty would have been, and claims nothing.
    expect(waived.body.decision).toMatchObject({ outcome: 'WAIVED', amountSek: 0, motivation: 'Två anställningar påbörjades dagen efter rättelsedagen.', calculation: { amountSek: 110_000 } });
    const again = await t.http.post(decision).set('Authorization', officer()).send({ outcome: 'PENALTY', asOf: DECISION_DAY });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('DECIDED');
  });

  it('counts earlier penalties against the cap, and offers only a waiver on a clause without penalty terms', async () => {
    const c = await contractBehindOnPlacements(t);
    const first = await requestRemedy(t, c);
    await moveDueDate(t, first.id, DECISION_DAY);
    await t.http.post(`${breachesOf(c)}/${first.id}/decision`).set('Authorization', officer()).send({ outcome: 'PENALTY', asOf: DECISION_DAY }).expect(201);

    // Second request: 110 000 kr again, but the cap of 200 000 kr leaves 200 000 − 110 000 = 90 000 kr.
    const second = await requestRemedy(t, c);
    await moveDueDate(t, second.id, DECISION_DAY);
    const preview = await t.http.get(`${breachesOf(c)}/${second.id}/penalty`).query({ asOf: DECISION_DAY }).set('Authorization', officer());
    expect(preview.body).toMatchObject({ grossSek: 110_000, alreadyDecidedSek: 110_000, amountSek: 90_000, capped: true });
    const decided = await t.http.post(`${breachesOf(c)}/${second.id}/decision`).set('Authorization', officer()).send({ outcome: 'PENALTY', asOf: DECISION_DAY });
    expect(decided.body.decision.amountSek).toBe(90_000);
    // The first decision's calculation stays as it was decided.
    const list = await t.http.get(breachesOf(c)).set('Authorization', officer());
    expect(list.body.map((b: { decision: { amountSek: number } }) => b.decision.amountSek)).toEqual([90_000, 110_000]);

    const dialogue = await requestRemedy(t, c, { missing: 'Inget uppföljningsmöte hållet.' }, 1);
    expect(dialogue.penaltyTerms).toBeNull();
    await moveDueDate(t, dialogue.id, DECISION_DAY);
    const penalty = await t.http.post(`${breachesOf(c, 1)}/${dialogue.id}/decision`).set('Authorization', officer()).send({ outcome: 'PENALTY', asOf: DECISION_DAY });
    expect(penalty.status).toBe(409);
    expect(penalty.body.message).toContain('sets no penalty');
    const noTerms = await t.http.get(`${breachesOf(c, 1)}/${dialogue.id}/penalty`).query({ asOf: DECISION_DAY }).set('Authorization', officer());
    expect(noTerms.body).toMatchObject({ unit: 'MEETING', sekPerUnit: null, amountSek: 0 });
    expect(noTerms.body.arithmetic).toContain('allmänna villkor');
  });

  it('withdraws an open request with its reason; then it takes no plan, decision or second withdrawal', async () => {
    const c = await contractBehindOnPlacements(t);
    const { id } = await requestRemedy(t, c);
    const breach = `${breachesOf(c)}/${id}`;
    const noReason = await t.http.post(`${breach}/withdrawal`).set('Authorization', officer()).send({});
    expect(noReason.body.fields[0].field).toBe('reason');
    // One token: an Idempotency-Key belongs to the one who sent it.
    const pact = t.auth(Role.PactOffice);
    const withdrawn = await t.http.post(`${breach}/withdrawal`).set('Authorization', pact).set('Idempotency-Key', 'w-1')
      .send({ reason: 'Rapporterna var inte granskade; kravet är uppfyllt.' });
    expect(withdrawn.status).toBe(201);
    expect(withdrawn.body).toMatchObject({ status: 'WITHDRAWN', withdrawal: { reason: 'Rapporterna var inte granskade; kravet är uppfyllt.' }, decision: null });
    const retried = await t.http.post(`${breach}/withdrawal`).set('Authorization', pact).set('Idempotency-Key', 'w-1')
      .send({ reason: 'Rapporterna var inte granskade; kravet är uppfyllt.' });
    expect(retried.headers['idempotent-replayed']).toBe('true');
    const supplier = t.auth(Role.Supplier, c.supplierId);
    expect((await t.http.post(`${breach}/recovery-plan`).set('Authorization', supplier).send({ actions: 'Rekrytering.', expectedBackOnTrack: '2027-03-31' })).status).toBe(409);
    expect((await t.http.post(`${breach}/withdrawal`).set('Authorization', officer()).send({ reason: 'Igen.' })).status).toBe(409);
    const audit = await t.http.get('/api/audit').query({ entityType: 'remedy_request', entityId: id }).set('Authorization', t.auth(Role.PactOffice));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['WITHDRAWAL', 'CREATE']);
    // A withdrawn request no longer blocks a new one.
    await requestRemedy(t, c);
    const withdrawnList = await t.http.get('/api/follow-up/remedy-requests').query({ status: 'WITHDRAWN' }).set('Authorization', officer());
    expect(withdrawnList.body.items.map((i: { id: string }) => i.id)).toContain(id);
  });

  it('shows the open request on the follow-up list of clauses', async () => {
    const c = await contractBehindOnPlacements(t, { contractingUnit: 'Kyrkogårdsnämnden' });
    const list = () => t.http.get('/api/follow-up/clauses').query({ contractingUnit: 'Kyrkogårdsnämnden', status: 'NOT_FULFILLED,AT_RISK,ON_TRACK' })
      .set('Authorization', t.auth(Role.PactOffice));
    const placements = (body: { items: { clauseId: string; openRemedyRequest: unknown }[] }) => body.items.find((i) => i.clauseId === c.clauseIds[0]);
    expect(placements((await list()).body)?.openRemedyRequest).toBeNull();
    const { id, dueDate } = await requestRemedy(t, c);
    expect(placements((await list()).body)?.openRemedyRequest).toEqual({ id, dueDate, overdue: false });
    await moveDueDate(t, id, DECISION_DAY);
    expect(placements((await list()).body)?.openRemedyRequest).toEqual({ id, dueDate: DECISION_DAY, overdue: todayInStockholm() > DECISION_DAY });
    const asOf = await t.http.get('/api/follow-up/clauses')
      .query({ contractingUnit: 'Kyrkogårdsnämnden', status: 'NOT_FULFILLED,AT_RISK,ON_TRACK', asOf: addDays(todayInStockholm(), -1) })
      .set('Authorization', t.auth(Role.PactOffice));
    expect(placements(asOf.body)?.openRemedyRequest).toMatchObject({ id });
  });
});
