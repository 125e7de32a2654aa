import { Role } from '../src/auth/role';
import { addDays, todayInStockholm } from '../src/common/calendar';
import { breachesOf, contractBehindOnPlacements, moveDueDate, pdfTextOf, requestRemedy } from './support/breach-factories';
import { createTestApp, TestApp } from './support/test-app';

/** A day after the line's deadline (2026-10-31) and on or before any day these tests run. */
const DECISION_DAY = '2026-12-01';

describe('Breach handling: remedy request → recovery plan → penalty decision', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp({}, { acceptLanguage: 'en' }); });
  afterAll(async () => { await t.close(); });

  it('takes a placements clause from a remedy request through a recovery plan to a penalty equal to the hand calculation', async () => {
    const c = await contractBehindOnPlacements(t, { contractingUnit: 'Trafiknämnden' });
    const officer = t.auth(Role.Officer);
    const supplier = t.auth(Role.Supplier, c.supplierId);
    const today = todayInStockholm();

    // The officer requests remedy; the due date is today + the clause's 20-day remedy period.
    const requested = await t.http.post(breachesOf(c)).set('Authorization', officer).set('Idempotency-Key', 'remedy-1')
      .send({ missing: '5,5 heltidsmånader anställning saknas av de 18 som skulle vara påbörjade senast 2026-10-31.' });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({
      contractId: c.contractId, clauseId: c.clauseIds[0], clauseNumber: 1, clauseTitle: 'Klausul 1', supplierId: c.supplierId,
      clauseVersion: 1, dueDate: addDays(today, 20), status: 'OPEN', overdue: false, remedyDays: 20,
      penaltyTerms: { unit: 'FULL_TIME_MONTH', sekPerUnit: 20_000, capSek: 200_000 }, recoveryPlans: [], decision: null, withdrawal: null,
    });
    expect(requested.body.contractReference).toMatch(/^AMN 2026-/);
    const breach = `${breachesOf(c)}/${requested.body.id}`;

    // A retry with the same key answers the first response and stores nothing new.
    const retry = await t.http.post(breachesOf(c)).set('Authorization', officer).set('Idempotency-Key', 'remedy-1')
      .send({ missing: '5,5 heltidsmånader anställning saknas av de 18 som skulle vara påbörjade senast 2026-10-31.' });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(requested.body.id);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM remedy_request WHERE contract_id = $1`, [c.contractId]);
    expect(n).toBe(1);

    // The supplier sees it on its contract page and answers with a recovery plan (retried once, stored once).
    const page = await t.http.get(`/api/contracts/${c.contractId}/breaches`).set('Authorization', supplier);
    expect(page.status).toBe(200);
    expect(page.body.map((b: { id: string }) => b.id)).toEqual([requested.body.id]);
    const planBody = { actions: 'Två anställningar via Jobbtorg Stockholm i december; handledare utsedd.', expectedBackOnTrack: '2027-03-31' };
    const plan = await t.http.post(`${breach}/recovery-plan`).set('Authorization', supplier).set('Idempotency-Key', 'plan-1').send(planBody);
    expect(plan.status).toBe(201);
    expect(plan.body).toMatchObject({ ...planBody, remedyRequestId: requested.body.id, contractId: c.contractId, statusAtFiling: 'NOT_FULFILLED' });
    const planAgain = await t.http.post(`${breach}/recovery-plan`).set('Authorization', supplier).set('Idempotency-Key', 'plan-1').send(planBody);
    expect(planAgain.body.id).toBe(plan.body.id);
    expect((await t.http.get(breach).set('Authorization', officer)).body.recoveryPlans.map((p: { id: string }) => p.id)).toEqual([plan.body.id]);

    // Before the due date no decision can be taken.
    const early = await t.http.post(`${breach}/decision`).set('Authorization', officer).send({ outcome: 'PENALTY' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain(`runs to ${addDays(today, 20)}`);

    // The remedy period runs out. Hand calculation: 18 required − 12.5 delivered = 5.5 full-time months
    // × 20 000 kr = 110 000 kr, within the cap of 200 000 kr.
    await moveDueDate(t, requested.body.id, DECISION_DAY);
    const overdue = await t.http.get('/api/follow-up/remedy-requests').set('Authorization', t.auth(Role.PactOffice));
    expect(overdue.body.items).toEqual([expect.objectContaining({
      id: requested.body.id, contractReference: requested.body.contractReference, supplierName: requested.body.supplierName,
      clauseNumber: 1, clauseTitle: 'Klausul 1', dueDate: DECISION_DAY, status: 'OPEN', overdue: today > DECISION_DAY,
    })]);
    const preview = await t.http.get(`${breach}/penalty`).query({ asOf: DECISION_DAY, lang: 'en' }).set('Authorization', supplier);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ asOf: DECISION_DAY, due: 18, delivered: 12.5, missing: 5.5, grossSek: 110_000, amountSek: 110_000, capped: false });
    expect(preview.body.arithmetic).toBe('5.5 missing full-time months × SEK 20,000 = SEK 110,000; cap SEK 200,000, already decided SEK 0; penalty SEK 110,000');

    const decided = await t.http.post(`${breach}/decision`).set('Authorization', officer).set('Idempotency-Key', 'decision-1')
      .send({ outcome: 'PENALTY', asOf: DECISION_DAY });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({
      status: 'DECIDED', overdue: false,
      decision: { outcome: 'PENALTY', asOf: DECISION_DAY, amountSek: 110_000, motivation: null, calculation: { amountSek: 110_000, missing: 5.5 } },
    });
    expect(decided.body.decision.calculation.arithmetic).toBe(
      '5,5 saknade heltidsmånader × 20 000 kr = 110 000 kr; tak 200 000 kr, redan beslutat 0 kr; vite 110 000 kr');
    const decidedAgain = await t.http.post(`${breach}/decision`).set('Authorization', officer).set('Idempotency-Key', 'decision-1')
      .send({ outcome: 'PENALTY', asOf: DECISION_DAY });
    expect(decidedAgain.headers['idempotent-replayed']).toBe('true');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM breach_decision`))[0].n).toBe(1);
    expect((await t.http.get(breach).set('Authorization', supplier)).body.decision.amountSek).toBe(110_000);
    const english = await t.http.get(`/api/contracts/${c.contractId}/breaches`).query({ lang: 'en' }).set('Authorization', supplier);
    expect(english.body[0].decision.calculation.arithmetic).toBe(preview.body.arithmetic);

    // Every step is in the audit trail, also the contract's.
    const audit = await t.http.get('/api/audit').query({ entityType: 'remedy_request', entityId: requested.body.id }).set('Authorization', t.auth(Role.PactOffice));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['DECISION', 'CREATE']);
    expect(audit.body.items[0]).toMatchObject({ actorRole: 'officer', before: { status: 'OPEN' }, after: { status: 'DECIDED', decision: { amountSek: 110_000 } } });
    const planAudit = await t.http.get('/api/audit').query({ entityType: 'recovery_plan', entityId: plan.body.id }).set('Authorization', t.auth(Role.PactOffice));
    expect(planAudit.body.items).toEqual([expect.objectContaining({ action: 'CREATE', actorRole: 'supplier' })]);
    const trail = await t.http.get(`/api/contracts/${c.contractId}/audit`).set('Authorization', t.auth(Role.PactOffice));
    expect(trail.body.items.filter((e: { entityType: string }) => e.entityType === 'remedy_request')).toHaveLength(2);

    // The results count the decision on the day it was taken, in total and for the unit; the CSV and the annual report too.
    const results = await t.http.get('/api/results').query({ from: today, to: today }).set('Authorization', t.auth(Role.PactOffice));
    expect(results.body.penalties).toEqual({ decisions: 1, penaltyDecisions: 1, waivedDecisions: 0, amountSek: 110_000 });
    expect(results.body.units.find((u: { unit: string }) => u.unit === 'Trafiknämnden').penalties)
      .toEqual({ decisions: 1, penaltyDecisions: 1, waivedDecisions: 0, amountSek: 110_000 });
    const csv = await t.http.get('/api/results.csv').query({ from: today, to: today }).set('Authorization', t.auth(Role.PactOffice));
    expect(csv.text).toContain(`${today};${today};Alla enheter;Beslutade viten (kronor);Totalt;;110000\r\n`);
    expect(csv.text).toContain(`${today};${today};Trafiknämnden;Beslut om vite;Totalt;;1\r\n`);
    const report = await pdfTextOf(t, `/api/results/annual-report.pdf?year=${today.slice(0, 4)}`, t.auth(Role.PactOffice));
    expect(report.text).toContain('varav 1 om vite (sammanlagt 110 000 kronor)');
    const dayBefore = await t.http.get('/api/results').query({ from: addDays(today, -1), to: addDays(today, -1) }).set('Authorization', t.auth(Role.PactOffice));
    expect(dayBefore.body.penalties).toEqual({ decisions: 0, penaltyDecisions: 0, waivedDecisions: 0, amountSek: 0 });
  });

  it('writes the remedy letter and the decision letter in Swedish and English', async () => {
    const c = await contractBehindOnPlacements(t);
    const requested = await requestRemedy(t, c);
    const breach = `${breachesOf(c)}/${requested.id}`;
    const supplier = t.auth(Role.Supplier, c.supplierId);

    const sv = await pdfTextOf(t, `${breach}/letter.pdf`, supplier);
    expect(sv.type).toBe('application/pdf');
    for (const text of [
      'Begäran om rättelse', String(requested.contractReference), 'Lokalvård i ytterstaden', 'Klausul 1', 'Arbetsmarknadsnämnden',
      '18 heltidsmånader anställning, påbörjade senast 2026-10-31', '5,5 heltidsmånader anställning saknas',
      `senast ${requested.dueDate} (rättelsetid 20 dagar)`, 'vite om 20 000 kr per heltidsmånad som saknas', 'högst 200 000 kr',
      'åtgärdsplan i uppföljningstjänsten', 'Sida 1 av',
    ]) expect(sv.text.replace(/\s+/g, ' ')).toContain(text);
    const en = await pdfTextOf(t, `${breach}/letter.pdf?lang=en`, supplier);
    for (const text of ['Request to remedy a breach', '18 full-time months of employment, started by 2026-10-31', 'SEK 20,000 per missing full-time month', 'recovery plan', 'Page 1 of']) {
      expect(en.text.replace(/\s+/g, ' ')).toContain(text);
    }

    expect((await pdfTextOf(t, `${breach}/decision.pdf`, supplier)).status).toBe(404);
    await moveDueDate(t, requested.id, DECISION_DAY);
    await t.http.post(`${breach}/decision`).set('Authorization', t.auth(Role.PactOffice)).send({ outcome: 'PENALTY', asOf: DECISION_DAY }).expect(201);
    const decision = await pdfTextOf(t, `${breach}/decision.pdf`, supplier);
    for (const text of [
      'Beslut om vite', 'beslutar att ta ut vite om 110 000 kr', 'Rad 1: anställning, start senast 2026-10-31',
      '5,5 saknade heltidsmånader × 20 000 kr = 110 000 kr; tak 200 000 kr, redan beslutat 0 kr; vite 110 000 kr', String(requested.contractReference),
    ]) expect(decision.text.replace(/\s+/g, ' ')).toContain(text);
    const english = await pdfTextOf(t, `${breach}/decision.pdf?lang=en`, supplier);
    expect(english.text.replace(/\s+/g, ' ')).toContain('decides to claim a penalty of SEK 110,000');
    expect(english.text.replace(/\s+/g, ' ')).toContain('5.5 missing full-time months × SEK 20,000 = SEK 110,000');
  });
});
