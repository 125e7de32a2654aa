import { Role } from '../src/auth/role';
import { createProcurement, decisionInput, procurementInput, recordDecision } from './support/procurement-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Procurements: an officer registers a procurement, screens it and records the decision', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('creates a draft, normalising the reference number, and audits it', async () => {
    const res = await t.http
      .post('/api/procurements')
      .set('Authorization', t.auth(Role.Officer))
      .send(procurementInput({ referenceNumber: '  amn   2026-0178 ', title: ' Lokalvård Årsta ' }))
      .expect(201);
    expect(res.body).toMatchObject({
      referenceNumber: 'AMN 2026-0178',
      title: 'Lokalvård Årsta',
      status: 'DRAFT',
      estimatedValueSek: 24_000_000,
      buyerName: 'Stockholms stad',
      publishedAt: null,
    });
    const fetched = await t.http.get(`/api/procurements/${res.body.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(fetched.body).toEqual(res.body);
    const audit = await t.http.get(`/api/audit?entityType=procurement&entityId=${res.body.id}`).set('Authorization', t.auth(Role.Admin)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['CREATE']);
  });

  it('refuses a duplicate reference number with 409', async () => {
    await createProcurement(t, { referenceNumber: 'KS 2026-0001' });
    const res = await t.http.post('/api/procurements').set('Authorization', t.auth(Role.Officer)).send(procurementInput({ referenceNumber: 'ks 2026-0001' })).expect(409);
    expect(res.body.message).toContain('KS 2026-0001');
  });

  it.each([
    [{ referenceNumber: '2026-0178' }, 'referenceNumber', /diary number/],
    [{ title: '' }, 'title', /title should not be empty/],
    [{ kind: 'FOOD' }, 'kind', /kind must be one of/],
    [{ estimatedValueSek: -1 }, 'estimatedValueSek', /must not be less than 0/],
    [{ estimatedValueSek: 1.5 }, 'estimatedValueSek', /integer/],
    [{ durationMonths: 0 }, 'durationMonths', /must not be less than 1/],
    [{ labourIntensity: 'EXTREME' }, 'labourIntensity', /must be one of/],
    [{ cpvCode: '9091' }, 'cpvCode', /CPV code/],
    [{ buyerName: '  ' }, 'buyerName', /buyerName should not be empty/],
    [{ buyerName: 'x'.repeat(201) }, 'buyerName', /shorter than or equal to 200/],
    [{ penaltySek: 50_000 }, 'penaltySek', /should not exist/],
    [{ frameworkAgreement: 'yes' }, 'frameworkAgreement', /boolean/],
    [{ labourCostPercent: 0 }, 'labourCostPercent', /must not be less than 1/],
    [{ labourCostPercent: 101 }, 'labourCostPercent', /must not be greater than 100/],
    [{ labourCostPercent: 33.3 }, 'labourCostPercent', /integer/],
    [{ status: 'PUBLISHED' }, 'status', /should not exist/],
  ])('refuses %p with a 400 naming %s', async (override, field, pattern) => {
    const res = await t.http.post('/api/procurements').set('Authorization', t.auth(Role.Officer)).send(procurementInput(override)).expect(400);
    expect(res.body.message).toMatch(pattern);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it.each([['title'], ['kind'], ['durationMonths'], ['description'], ['frameworkAgreement'], ['referenceNumber'], ['buyerName']])(
    'refuses null for %s with a 400 naming it, on update and on create',
    async (field) => {
      const p = await createProcurement(t);
      const update = await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Officer)).send({ [field]: null }).expect(400);
      expect(update.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      const create = await t.http.post('/api/procurements').set('Authorization', t.auth(Role.Officer)).send(procurementInput({ [field]: null })).expect(400);
      expect(create.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    },
  );

  it('clears the optional CPV code with null', async () => {
    const p = await createProcurement(t);
    const res = await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Officer)).send({ cpvCode: null }).expect(200);
    expect(res.body).toMatchObject({ cpvCode: null });
  });

  it('names the buyer as sent, trimmed, for a city company', async () => {
    const p = await createProcurement(t, { buyerName: '  Stockholm Vatten och Avfall AB ' });
    expect(p.buyerName).toBe('Stockholm Vatten och Avfall AB');
    const res = await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Officer)).send({ buyerName: 'Stockholms stad' }).expect(200);
    expect(res.body.buyerName).toBe('Stockholms stad');
  });

  it('lists with filters and paging', async () => {
    const a = await createProcurement(t, { title: 'Snöröjning Söderort', contractingUnit: 'Trafiknämnden' });
    await createProcurement(t, { title: 'Kontorsmaterial', contractingUnit: 'Trafiknämnden', kind: 'GOODS' });
    const byUnit = await t.http.get('/api/procurements?contractingUnit=Trafiknämnden').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(byUnit.body.total).toBe(2);
    const byText = await t.http.get('/api/procurements?q=snöröjning').set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(byText.body.items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    const page = await t.http.get('/api/procurements?limit=1&status=DRAFT').set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    await t.http.get('/api/procurements?status=OPEN').set('Authorization', t.auth(Role.Officer)).expect(400);
  });

  it('updates a draft and audits before and after', async () => {
    const p = await createProcurement(t);
    const res = await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Officer)).send({ durationMonths: 48, buyerName: 'SISAB' }).expect(200);
    expect(res.body).toMatchObject({ durationMonths: 48, buyerName: 'SISAB' });
    const audit = await t.dataSource.query(`SELECT before, after FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'`, [p.id]);
    expect(audit[0].before.durationMonths).toBe(36);
    expect(audit[0].after.durationMonths).toBe(48);
    expect([audit[0].before.buyerName, audit[0].after.buyerName]).toEqual(['Stockholms stad', 'SISAB']);
  });

  it('keeps the labour share, counts the suggested volume on it, and clears it back to the default with null', async () => {
    const p = await createProcurement(t, { kind: 'WORKS' });
    expect(p.labourCostPercent).toBeNull();
    const byDefault = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer))
      .set('Accept-Language', 'en').expect(200);
    // 24 MSEK × 35 % (the default for works) = 8.4 MSEK of labour cost ÷ 500 000 SEK = 16.8 → 17 full-time months.
    expect(byDefault.body.recommendation.suggestedFullTimeMonths).toBe(17);
    expect(byDefault.body.recommendation.reasons.join(' ')).toMatch(/35 % of 24 000 000 SEK, the default share for works/);

    const stated = await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Officer)).send({ labourCostPercent: 75 }).expect(200);
    expect(stated.body.labourCostPercent).toBe(75);
    const byShare = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(byShare.body.recommendation.suggestedFullTimeMonths).toBe(36);

    const cleared = await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Officer)).send({ labourCostPercent: null }).expect(200);
    expect(cleared.body.labourCostPercent).toBeNull();
  });

  it('recommends placements at half the volume for a large, long contract of medium labour intensity', async () => {
    const p = await createProcurement(t, { labourIntensity: 'MEDIUM' });
    const res = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer)).set('Accept-Language', 'en').expect(200);
    expect(res.body.recommendation).toMatchObject({ recommendations: ['PLACEMENTS'], suggestedFullTimeMonths: 12 });
    expect(res.body.recommendation.reasons.join(' ')).toMatch(/medium labour intensity: 50 % of that/);
  });

  it('recommends placements for labour-intensive long services, with a volume and reasons', async () => {
    const p = await createProcurement(t);
    const res = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.PactOffice)).set('Accept-Language', 'sv').expect(200);
    expect(res.body).toEqual({
      recommendation: {
        recommendations: ['PLACEMENTS'], suggestedFullTimeMonths: 24,
        reasons: expect.arrayContaining([expect.stringMatching(/skarpt krav på numerärer passar/)]),
        reasonCodes: expect.arrayContaining([expect.objectContaining({ code: 'SCREENING_PLACEMENTS_SUIT' })]),
      },
      decision: null,
    });
  });

  it('gives the screening’s reasons in Swedish unless English is asked for, with the same codes', async () => {
    const p = await createProcurement(t);
    const get = (lang?: string) => {
      const req = t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer));
      // This file's agent asks for English; without the header the default answers.
      return (lang ? req.set('Accept-Language', lang) : req.unset('Accept-Language')).expect(200);
    };
    const [plain, swedish, english] = [(await get()).body.recommendation, (await get('sv-SE,sv;q=0.9')).body.recommendation, (await get('en-GB,en;q=0.8')).body.recommendation];
    expect(plain.reasons[0]).toMatch(/^Personalintensitet hög, 36 månader \(minst 24\) och .* kr \(minst 5 000 000 kr\): ett skarpt krav på numerärer passar\.$/);
    expect(swedish.reasons).toEqual(plain.reasons);
    expect(english.reasons[0]).toMatch(/^Labour intensity high, 36 months \(at least 24\) .*: a firm placements requirement suits\.$/);
    expect(english.reasons[1]).toMatch(/^Suggested volume: 24 full-time months; labour cost/);
    expect(english.reasonCodes).toEqual(plain.reasonCodes);

    const decided = await t.http.post(`/api/procurements/${p.id}/screening-decisions`).set('Authorization', t.auth(Role.Officer)).set('Accept-Language', 'en')
      .send({ clausesSet: true, motivation: 'Personalintensiv tjänst', politicalMandate: true, matchingContact: true, regionalNetwork: true }).expect(201);
    expect(decided.body.screening.reasons).toEqual(english.reasons);
    const [stored] = await t.dataSource.query(`SELECT screening FROM screening_decision WHERE id = $1`, [decided.body.id]);
    expect(stored.screening.reasons).toEqual(plain.reasonCodes);
    const listed = await t.http.get(`/api/procurements/${p.id}/screening-decisions`).set('Authorization', t.auth(Role.Officer)).set('Accept-Language', 'sv').expect(200);
    expect(listed.body[0].screening.reasons).toEqual(plain.reasons);
  });

  it('shows a decision recorded before reasons had codes as it was written', async () => {
    const p = await createProcurement(t);
    await t.dataSource.query(
      `INSERT INTO screening_decision (procurement_id, screening, clauses_set, motivation, decided_by) VALUES ($1, $2::jsonb, true, 'Före koder', 'officer')`,
      [p.id, JSON.stringify({ recommendations: ['DIALOGUE'], suggestedFullTimeMonths: 0, reasons: ['An old English reason.'] })],
    );
    const res = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(res.body.decision.screening).toMatchObject({
      reasons: ['An old English reason.'], reasonCodes: [{ code: 'TEXT_UNCODED', params: { text: 'An old English reason.' } }],
    });
  });

  it('recommends no clause for goods, and records a decision not to set one, with the screening kept', async () => {
    const p = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
    const decision = await recordDecision(t, p.id, false);
    expect(decision).toMatchObject({
      clausesSet: false,
      screening: { recommendations: ['NONE'], suggestedFullTimeMonths: 0 },
      politicalMandate: true,
      matchingContact: true,
      regionalNetwork: false,
    });
    const res = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(res.body.decision).toEqual(decision);
    const history = await t.http.get(`/api/procurements/${p.id}/screening-decisions`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(history.body).toEqual([decision]);
    const audit = await t.dataSource.query(`SELECT action, after FROM audit_event WHERE entity_id = $1 ORDER BY id`, [p.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'SCREENING_DECISION']);
    expect(audit[1].after).toMatchObject({ politicalMandate: true, matchingContact: true, regionalNetwork: false });
  });

  it('refuses a decision without a motivation', async () => {
    const p = await createProcurement(t);
    const res = await t.http.post(`/api/procurements/${p.id}/screening-decisions`).set('Authorization', t.auth(Role.Officer)).send(decisionInput(true, { motivation: '  ' })).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['motivation']);
  });

  it.each([
    [{ politicalMandate: undefined }, 'politicalMandate'],
    [{ matchingContact: null }, 'matchingContact'],
    [{ regionalNetwork: 'ja' }, 'regionalNetwork'],
  ])('refuses a decision without a yes or no for the checklist (%p) with a 400 naming %s', async (override, field) => {
    const p = await createProcurement(t);
    const res = await t.http.post(`/api/procurements/${p.id}/screening-decisions`).set('Authorization', t.auth(Role.Officer)).send(decisionInput(true, override)).expect(400);
    expect(res.body.fields).toMatchObject([{ field, messages: [`${field} must be a boolean value`] }]);
  });

  it('answers null for the checklist on a decision recorded before it was asked', async () => {
    const p = await createProcurement(t);
    const decision = await recordDecision(t, p.id);
    await t.dataSource.query(`UPDATE screening_decision SET political_mandate = NULL, matching_contact = NULL, regional_network = NULL WHERE id = $1`, [decision.id]);
    const res = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(res.body.decision).toMatchObject({ id: decision.id, politicalMandate: null, matchingContact: null, regionalNetwork: null });
  });

  it('answers 404 for an unknown procurement and 400 for a malformed id', async () => {
    await t.http.get('/api/procurements/00000000-0000-4000-8000-000000000000').set('Authorization', t.auth(Role.Officer)).expect(404);
    await t.http.post('/api/procurements/00000000-0000-4000-8000-000000000000/publish').set('Authorization', t.auth(Role.Officer)).expect(404);
    const bad = await t.http.get('/api/procurements/nope/screening').set('Authorization', t.auth(Role.Officer)).expect(400);
    expect(bad.body.fields).toMatchObject([{ field: 'id', messages: ['id must be a UUID'] }]);
  });

  describe('roles', () => {
    it('hides every procurement route from suppliers (403)', async () => {
      const p = await createProcurement(t);
      const supplier = t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001');
      await t.http.get('/api/procurements').set('Authorization', supplier).expect(403);
      await t.http.get(`/api/procurements/${p.id}`).set('Authorization', supplier).expect(403);
      await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', supplier).expect(403);
      await t.http.post('/api/procurements').set('Authorization', supplier).send(procurementInput()).expect(403);
      await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', supplier).expect(403);
    });

    it('lets the pact office read but not write; admin may write', async () => {
      const p = await createProcurement(t);
      await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.PactOffice)).send({ title: 'X' }).expect(403);
      await t.http.post(`/api/procurements/${p.id}/screening-decisions`).set('Authorization', t.auth(Role.PactOffice)).send(decisionInput(false)).expect(403);
      await t.http.post(`/api/procurements/${p.id}/cancel`).set('Authorization', t.auth(Role.PactOffice)).expect(403);
      await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.Admin)).send({ title: 'Ny titel' }).expect(200);
      await t.http.get(`/api/procurements/${p.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    });

    it('refuses anonymous calls (401)', async () => {
      await t.http.get('/api/procurements').expect(401);
    });
  });
});

describe('Screening thresholds come from the environment', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SCREENING_PLACEMENTS_MIN_MONTHS: '12' }, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('recommends placements for a 12-month contract when configured so', async () => {
    const p = await createProcurement(t, { durationMonths: 12 });
    const res = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', t.auth(Role.Officer)).set('Accept-Language', 'sv').expect(200);
    expect(res.body.recommendation).toMatchObject({ recommendations: ['PLACEMENTS'], suggestedFullTimeMonths: 24 });
    expect(res.body.recommendation.reasons[0]).toMatch(/\(minst 12\)/);
  });
});
