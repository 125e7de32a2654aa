import { Role } from '../src/auth/role';
import { TargetGroup } from '../src/clauses/clause.types';
import { AwardedContract, createAwardedContract } from './support/followup-factories';
import { createLetter, createMember, today } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Matching: a vacancy, the city’s referrals, and a hire that becomes an attested placement', () => {
  let t: TestApp;
  let c: AwardedContract;
  let other: AwardedContract;
  beforeAll(async () => {
    t = await createTestApp();
    c = await createAwardedContract(t);
    other = await createAwardedContract(t);
  });
  afterAll(async () => { await t.close(); });

  const by = (authorization: string) => ({
    get: (path: string) => t.http.get(`/api${path}`).set('Authorization', authorization),
    post: (path: string, body: object = {}, key?: string) => {
      const req = t.http.post(`/api${path}`).set('Authorization', authorization);
      return (key ? req.set('Idempotency-Key', key) : req).send(body);
    },
    patch: (path: string, body: object) => t.http.patch(`/api${path}`).set('Authorization', authorization).send(body),
  });
  const as = (role: Role, supplierId?: string) => by(t.auth(role, supplierId));
  const supplier = () => as(Role.Supplier, c.supplierId);
  const otherSupplier = () => as(Role.Supplier, other.supplierId);
  // One token: a staff user's idempotency keys are its own (a development token's subject is fresh each time).
  let matcherAuth: string;
  const matcher = () => by(matcherAuth ??= t.auth(Role.Matcher));

  const vacancyInput = (overrides: Record<string, unknown> = {}) => ({
    title: 'Lokalvårdare', kind: 'EMPLOYMENT', positions: 1, workingTimePercent: 100, lengthMonths: 6, startDate: today(30),
    district: 'Rinkeby-Kista', requirements: 'Grundläggande svenska', targetGroups: [TargetGroup.LongTermUnemployed],
    referralDeadline: today(10), contractId: c.contractId, clauseId: c.clauseIds[0], ...overrides,
  });
  const candidate = { targetGroup: TargetGroup.LongTermUnemployed, gender: 'WOMAN', ageBand: '25-29', establishmentProgramme: true };
  const fields = (res: { body: { fields?: { field: string }[] } }) => (res.body.fields ?? []).map((f) => f.field);

  let vacancyId: string;
  let hiredId: string;
  let declinedId: string;

  it('lets the supplier post a vacancy tied to its placements clause, once per Idempotency-Key, with an audit row', async () => {
    const first = await supplier().post('/vacancies', vacancyInput(), 'vacancy-1');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      employer: { type: 'SUPPLIER', id: c.supplierId }, contractId: c.contractId, clauseId: c.clauseIds[0], clauseTitle: 'Klausul 1',
      status: 'OPEN', positionsLeft: 1, referrals: { referred: 0, interviewed: 0, offered: 0, hired: 0, notHired: 0 }, createdOn: today(),
    });
    const again = await supplier().post('/vacancies', vacancyInput(), 'vacancy-1');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    vacancyId = first.body.id;
    const audit = await t.dataSource.query(`SELECT action, actor_role FROM audit_event WHERE entity_id = $1`, [vacancyId]);
    expect(audit).toEqual([{ action: 'CREATE', actor_role: 'supplier' }]);
  });

  it('lets the matcher refer two candidates by generated codes', async () => {
    const [a, b] = [await matcher().post(`/vacancies/${vacancyId}/referrals`, candidate, 'ref-a'), await matcher().post(`/vacancies/${vacancyId}/referrals`, { ...candidate, gender: 'MAN' })];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toMatchObject({ vacancyId, vacancyTitle: 'Lokalvårdare', outcome: 'REFERRED', referredOn: today(), outcomeDueOn: today(14), outcomeOverdue: false, placementId: null });
    expect(a.body.code).toMatch(/^JT-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(a.body.code).not.toBe(b.body.code);
    [hiredId, declinedId] = [a.body.id, b.body.id];
    const replay = await matcher().post(`/vacancies/${vacancyId}/referrals`, candidate, 'ref-a');
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(a.body);
    const list = await supplier().get(`/vacancies/${vacancyId}/referrals`).expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toEqual([hiredId, declinedId]);
  });

  it('has the supplier record one hire step by step, which becomes the clause’s attested placement, and one decline', async () => {
    for (const outcome of ['INTERVIEWED', 'OFFERED']) {
      expect((await supplier().post(`/referrals/${hiredId}/outcome`, { outcome, date: today() })).status).toBe(200);
    }
    const hired = await supplier().post(`/referrals/${hiredId}/outcome`, { outcome: 'HIRED', date: today(), startDate: today(30), endDate: today(210), workingTimePercent: 100 });
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ outcome: 'HIRED', offeredOn: today(), hiredOn: today(), hiredStartDate: today(30), outcomeDueOn: null, placementId: expect.any(String) });
    const declined = await supplier().post(`/referrals/${declinedId}/outcome`, { outcome: 'NOT_HIRED', date: today(), reason: 'CANDIDATE_DECLINED' });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ outcome: 'NOT_HIRED', notHiredReason: 'CANDIDATE_DECLINED', notHiredOn: today() });

    const base = `/contracts/${c.contractId}/clauses/${c.clauseIds[0]}`;
    const placements = await supplier().get(`${base}/placements`).expect(200);
    expect(placements.body.items).toEqual([expect.objectContaining({
      id: hired.body.placementId, reference: hired.body.code, referralId: hiredId, targetGroupAttested: true, filled: true,
      targetGroup: TargetGroup.LongTermUnemployed, gender: 'WOMAN', ageBand: '25-29', establishmentProgramme: true, startDate: today(30), endDate: today(210),
    })]);
    const status = await supplier().get(`${base}/status`).expect(200);
    // It starts in a month: counted by the follow-up's one rule as committed, not yet delivered.
    expect(status.body.lines).toEqual([expect.objectContaining({ kind: 'EMPLOYMENT', committedPlacements: 1, committedFullTimeMonths: 6 })]);
    expect(status.body.placements).toEqual([expect.objectContaining({ placementId: hired.body.placementId, notCounted: null, committedFullTimeMonths: 6 })]);
    const vacancy = await supplier().get(`/vacancies/${vacancyId}`).expect(200);
    expect(vacancy.body).toMatchObject({ status: 'FILLED', statusChangedOn: today(), positionsLeft: 0, referrals: { hired: 1, notHired: 1 } });

    const audit = await t.dataSource.query(
      `SELECT entity_type, action, actor_role, after->>'outcome' AS outcome, after->>'referralId' AS "referralId", after->>'status' AS status
       FROM audit_event WHERE entity_id = ANY($1) ORDER BY occurred_at, id`,
      [[hiredId, hired.body.placementId, vacancyId]],
    );
    expect(audit).toEqual(expect.arrayContaining([
      expect.objectContaining({ entity_type: 'referral', action: 'CREATE', actor_role: 'matcher', outcome: 'REFERRED' }),
      expect.objectContaining({ entity_type: 'referral', action: 'OUTCOME', actor_role: 'supplier', outcome: 'HIRED' }),
      expect.objectContaining({ entity_type: 'placement', action: 'CREATE', actor_role: 'supplier', referralId: hiredId }),
      expect.objectContaining({ entity_type: 'vacancy', action: 'STATUS_CHANGE', status: 'FILLED' }),
    ]));
  });

  it('refuses a second hire of the same referral, a step back, and a referral to a filled vacancy (409)', async () => {
    const again = await supplier().post(`/referrals/${hiredId}/outcome`, { outcome: 'HIRED', date: today(), startDate: today(30), endDate: today(210), workingTimePercent: 100 });
    expect(again.status).toBe(409);
    expect((await supplier().post(`/referrals/${declinedId}/outcome`, { outcome: 'INTERVIEWED', date: today() })).status).toBe(409);
    expect((await matcher().post(`/vacancies/${vacancyId}/referrals`, candidate)).body).toMatchObject({ code: 'VACANCY_NOT_OPEN' });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM placement WHERE referral_id = $1`, [hiredId]);
    expect(count).toBe(1);
  });

  it('lets the supplier correct the hire’s employment but not the facts the city attested (400 naming the field)', async () => {
    const base = `/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`;
    const [placement] = (await supplier().get(base).expect(200)).body.items;
    const refused = await supplier().patch(`${base}/${placement.id}`, { targetGroup: TargetGroup.Youth, ageBand: '30-49' });
    expect(refused.status).toBe(400);
    expect(fields(refused)).toEqual(['targetGroup', 'ageBand']);
    expect(refused.body.fields[0].codes[0].code).toBe('PLACEMENT_ATTESTED_BY_CITY');
    const corrected = await supplier().patch(`${base}/${placement.id}`, { endDate: today(240), targetGroup: placement.targetGroup }).expect(200);
    expect(corrected.body).toMatchObject({ endDate: today(240), targetGroup: placement.targetGroup, targetGroupAttested: true, referralId: hiredId });
  });

  it('hides our vacancies and referrals from another supplier (404) on every route', async () => {
    const o = otherSupplier();
    const statuses = [
      (await o.get(`/vacancies/${vacancyId}`)).status,
      (await o.patch(`/vacancies/${vacancyId}`, { title: 'x' })).status,
      (await o.post(`/vacancies/${vacancyId}/close`)).status,
      (await o.get(`/vacancies/${vacancyId}/referrals`)).status,
      (await o.get(`/referrals/${hiredId}`)).status,
      (await o.post(`/referrals/${declinedId}/outcome`, { outcome: 'INTERVIEWED', date: today() })).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404]);
    expect((await o.get('/vacancies')).body).toMatchObject({ items: [], total: 0 });
    expect((await o.get('/referrals')).body).toMatchObject({ items: [], total: 0 });
    expect((await o.post(`/vacancies/${vacancyId}/referrals`, candidate)).status).toBe(403);
  });

  it('keeps the matcher away from contracts and placements (403), and from acting as a supplier’s employer', async () => {
    expect((await matcher().get(`/contracts/${c.contractId}`)).status).toBe(403);
    expect((await matcher().get(`/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`)).status).toBe(403);
    expect((await matcher().get('/audit')).status).toBe(403);
    expect((await matcher().post(`/referrals/${declinedId}/outcome`, { outcome: 'INTERVIEWED', date: today() })).status).toBe(403);
    expect((await matcher().get(`/referrals/${hiredId}`)).status).toBe(200);
    expect((await matcher().get('/vacancies?status=FILLED')).body.total).toBe(1);
  });

  it('answers bad input with a 400 naming the field', async () => {
    expect(fields(await supplier().post('/vacancies', vacancyInput({ positions: 0, targetGroups: [] })))).toEqual(['positions', 'targetGroups']);
    expect(fields(await supplier().post('/vacancies', vacancyInput({ kind: 'APL' })))).toEqual(['kind']);
    // Screened for personal data like every text.
    expect(fields(await supplier().post('/vacancies', vacancyInput({ requirements: 'Fråga efter Anna 811218-9876' })))).toEqual(['requirements']);
    expect(fields(await supplier().post('/vacancies', vacancyInput({ targetGroups: [TargetGroup.Youth] })))).toEqual(['targetGroups']);
    expect(fields(await supplier().post('/vacancies', vacancyInput({ contractId: other.contractId, clauseId: other.clauseIds[0] })))).toEqual(['contractId']);
    expect(fields(await supplier().post('/vacancies', vacancyInput({ clauseId: c.clauseIds[1] })))).toEqual(['clauseId']);
    expect(fields(await supplier().post('/vacancies', vacancyInput({ referralDeadline: today(-1) })))).toEqual(['referralDeadline']);
    expect(fields(await matcher().post('/vacancies', vacancyInput({ contractId: undefined, clauseId: undefined })))).toEqual(['pactMemberId']);
    const open = (await supplier().post('/vacancies', vacancyInput({ positions: 2 })).expect(201)).body;
    expect(fields(await matcher().post(`/vacancies/${open.id}/referrals`, { ...candidate, targetGroup: TargetGroup.Youth }))).toEqual(['targetGroup']);
    expect(fields(await matcher().post(`/vacancies/${open.id}/referrals`, { ...candidate, ageBand: '18-25' }))).toEqual(['ageBand']);
    const referral = (await matcher().post(`/vacancies/${open.id}/referrals`, candidate).expect(201)).body;
    expect(fields(await supplier().post(`/referrals/${referral.id}/outcome`, { outcome: 'HIRED', date: today() }))).toEqual(['startDate', 'workingTimePercent']);
    expect(fields(await supplier().post(`/referrals/${referral.id}/outcome`, { outcome: 'INTERVIEWED', date: today(1) }))).toEqual(['date']);
    expect(fields(await supplier().post(`/referrals/${referral.id}/outcome`, { outcome: 'REFERRED', date: today() }))).toEqual(['outcome']);
    // The clause's rules refuse a hire without an agreed end: nothing is stored.
    expect(fields(await supplier().post(`/referrals/${referral.id}/outcome`, { outcome: 'HIRED', date: today(), startDate: today(30), workingTimePercent: 100 }))).toEqual(['endDate']);
    expect((await supplier().get(`/referrals/${referral.id}`)).body).toMatchObject({ outcome: 'REFERRED', placementId: null });
  });

  it('lets the supplier change and close its open vacancy', async () => {
    const open = (await supplier().post('/vacancies', vacancyInput()).expect(201)).body;
    expect((await supplier().patch(`/vacancies/${open.id}`, { positions: 3, district: 'Skärholmen' })).body).toMatchObject({ positions: 3, district: 'Skärholmen' });
    expect((await supplier().post(`/vacancies/${open.id}/close`)).body).toMatchObject({ status: 'CLOSED' });
    expect((await supplier().patch(`/vacancies/${open.id}`, { positions: 4 })).status).toBe(409);
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`, [open.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE', 'STATUS_CHANGE']);
  });

  it('has the pact office register a pact member’s vacancy and the matcher record its outcome', async () => {
    const member = await createMember(t);
    // Only a Jobbpartner's vacancy comes to matching: first without a letter, then with one naming the activity.
    expect(fields(await as(Role.PactOffice).post('/vacancies', vacancyInput({ pactMemberId: member.id, contractId: undefined, clauseId: undefined }))))
      .toEqual(['pactMemberId']);
    await createLetter(t, member.id, { activities: ['SOCIAL_CLAUSE'] });
    expect(fields(await as(Role.PactOffice).post('/vacancies', vacancyInput({ pactMemberId: member.id, contractId: undefined, clauseId: undefined }))))
      .toEqual(['pactMemberId']);
    await createLetter(t, member.id, { activities: ['JOB_PARTNER'], changeReason: 'Blev Jobbpartner' });
    const posted = await as(Role.PactOffice).post('/vacancies', vacancyInput({ pactMemberId: member.id, contractId: undefined, clauseId: undefined }));
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ employer: { type: 'PACT_MEMBER', id: member.id, name: member.name }, contractId: null, clauseTitle: null });
    expect(fields(await supplier().post('/vacancies', vacancyInput({ pactMemberId: member.id })))).toEqual(['pactMemberId']);
    const referral = (await matcher().post(`/vacancies/${posted.body.id}/referrals`, candidate).expect(201)).body;
    expect((await supplier().get(`/referrals/${referral.id}`)).status).toBe(404);
    const hired = await matcher().post(`/referrals/${referral.id}/outcome`, { outcome: 'HIRED', date: today(), startDate: today(30), workingTimePercent: 75 });
    expect(hired.status).toBe(200);
    expect(hired.body).toMatchObject({ outcome: 'HIRED', placementId: null, hiredEndDate: null });
    expect((await matcher().get(`/vacancies/${posted.body.id}`)).body).toMatchObject({ status: 'FILLED' });
  });

  it('lists vacancies by referral deadline with the board’s filters, and referrals whose outcome is overdue', async () => {
    const late = (await supplier().post('/vacancies', vacancyInput({ title: 'Städledare', referralDeadline: today(20) })).expect(201)).body;
    const soon = (await supplier().post('/vacancies', vacancyInput({ title: 'Fönsterputsare', referralDeadline: today(2) })).expect(201)).body;
    const open = await matcher().get(`/vacancies?status=OPEN&targetGroup=${TargetGroup.LongTermUnemployed}&kind=EMPLOYMENT&district=rinkeby-kista&contractId=${c.contractId}`).expect(200);
    const deadlines = open.body.items.map((v: { referralDeadline: string }) => v.referralDeadline);
    expect(deadlines).toEqual([...deadlines].sort());
    expect(open.body.items[0].id).toBe(soon.id);
    expect((await matcher().get('/vacancies?q=städled')).body.items.map((v: { id: string }) => v.id)).toEqual([late.id]);
    expect((await matcher().get(`/vacancies?targetGroup=${TargetGroup.Youth}`)).body.total).toBe(0);
    expect((await matcher().get(`/vacancies?supplierId=${other.supplierId}`)).body.total).toBe(0);
    expect(fields(await matcher().get('/vacancies?status=DONE'))).toEqual(['status']);

    const referral = (await matcher().post(`/vacancies/${late.id}/referrals`, candidate).expect(201)).body;
    await t.dataSource.query(`UPDATE referral SET referred_on = $2 WHERE id = $1`, [referral.id, today(-15)]);
    const overdue = await supplier().get('/referrals?overdue=true').expect(200);
    expect(overdue.body.items).toEqual([expect.objectContaining({ id: referral.id, outcomeDueOn: today(-1), outcomeOverdue: true })]);
    expect((await supplier().get('/referrals?overdue=false')).body.items.map((r: { id: string }) => r.id)).not.toContain(referral.id);
    expect((await supplier().get(`/referrals?outcome=HIRED&vacancyId=${vacancyId}`)).body.items.map((r: { id: string }) => r.id)).toEqual([hiredId]);
  });
});
