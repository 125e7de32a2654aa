import { Role } from '../src/auth/role';
import {
  addClause,
  createProcurement,
  dialogueClause,
  initiativeClause,
  monthsFromToday,
  placementsClause,
  publish,
  recordDecision,
} from './support/procurement-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Clause drafting: draft → screen → clauses → publish, frozen and versioned after publication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());
  const officer = () => t.auth(Role.Officer);

  it('runs the whole flow and freezes the published clause versions', async () => {
    const p = await createProcurement(t);
    const screening = await t.http.get(`/api/procurements/${p.id}/screening`).set('Authorization', officer()).expect(200);
    expect(screening.body.recommendation.recommendations).toEqual(['PLACEMENTS']);

    const placements = await addClause(t, p.id, placementsClause());
    expect(placements).toMatchObject({
      number: 1,
      type: 'PLACEMENTS',
      currentVersion: 1,
      current: {
        version: 1,
        title: 'Sysselsättningskrav',
        publishedAt: null,
        totalFullTimeMonths: 17.19,
        socialObjectives: ['et-eq', 'gen-eq', 'opp'],
        parameters: { earlyStartWithinMonths: 6, earlyEndingCreditPercent: 75 },
      },
    });
    expect(placements.current).toMatchObject({ parameters: { lines: [{ fullTimeMonths: 13.5 }, { fullTimeMonths: 3.69 }] } });
    const dialogue = await addClause(t, p.id, dialogueClause());
    expect(dialogue.number).toBe(2);

    await recordDecision(t, p.id, true);
    const published = await publish(t, p.id);
    expect(published).toMatchObject({ status: 'PUBLISHED', publishedAt: expect.any(String) });

    const clauses = await t.http.get(`/api/procurements/${p.id}/clauses`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(clauses.body.map((c: { number: number; current: { publishedAt: string } }) => [c.number, c.current.publishedAt])).toEqual([
      [1, published.publishedAt],
      [2, published.publishedAt],
    ]);
    const audit = await t.dataSource.query(`SELECT action, before->>'status' AS "from", after->>'status' AS "to" FROM audit_event WHERE entity_id = $1 AND action = 'STATUS_CHANGE'`, [p.id]);
    expect(audit).toEqual([{ action: 'STATUS_CHANGE', from: 'DRAFT', to: 'PUBLISHED' }]);

    // The database refuses to change a published version, whatever the code path.
    await expect(t.dataSource.query(`UPDATE clause_version SET title = 'x' WHERE clause_id = $1`, [placements.id])).rejects.toThrow(/published and cannot be changed/);
  });

  it('accepts the volume alone and stores it without head count, minimum length or deadline', async () => {
    const p = await createProcurement(t);
    const volumeOnly = { kind: 'EMPLOYMENT', fullTimeMonths: 24, minWorkingTimePercent: 75 };
    const c = await addClause(t, p.id, placementsClause({}, { lines: [volumeOnly] }));
    expect(c.current).toMatchObject({ totalFullTimeMonths: 24, parameters: { lines: [volumeOnly] } });
    const [stored] = await t.dataSource.query(`SELECT parameters->'lines'->0 AS line FROM clause_version WHERE clause_id = $1`, [c.id]);
    expect(stored.line).toEqual(volumeOnly);
    const text = await t.http.get(`/api/clauses/${c.id}/text`).set('Authorization', officer()).expect(200);
    expect(text.text).toContain('Sammanlagt minst 24 heltidsmånader anställning, varje plats om minst 75 % av heltid, tillsatt senast vid avtalets slut.');
  });

  it('edits a draft clause in place, keeping one version, and audits it', async () => {
    const p = await createProcurement(t);
    const c = await addClause(t, p.id, dialogueClause());
    const res = await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ title: 'Dialog med Jobbtorg', reportingIntervalMonths: 6 }).expect(200);
    expect(res.body).toMatchObject({ currentVersion: 1, current: { version: 1, title: 'Dialog med Jobbtorg', reportingIntervalMonths: 6 } });
    const versions = await t.http.get(`/api/clauses/${c.id}/versions`).set('Authorization', officer()).expect(200);
    expect(versions.body).toHaveLength(1);
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'clause' AND entity_id = $1 ORDER BY id`, [c.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('makes a new version with a reason after publication; the published version stays retrievable', async () => {
    const p = await createProcurement(t);
    const c = await addClause(t, p.id, placementsClause());
    await recordDecision(t, p.id);
    await publish(t, p.id);

    const noReason = await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ title: 'Nytt' }).expect(400);
    expect(noReason.body.fields).toEqual([expect.objectContaining({ field: 'changeReason' })]);

    const changed = await t.http
      .patch(`/api/clauses/${c.id}`)
      .set('Authorization', officer())
      .send({ targetGroups: ['NEWCOMER'], changeReason: 'Avtalad ändring efter dialog' })
      .expect(200);
    expect(changed.body).toMatchObject({ currentVersion: 2, current: { version: 2, targetGroups: ['NEWCOMER'], changeReason: 'Avtalad ändring efter dialog', publishedAt: null } });

    const v1 = await t.http.get(`/api/clauses/${c.id}/versions/1`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(v1.body).toMatchObject({ version: 1, targetGroups: ['NEWCOMER', 'FOREIGN_BORN_WOMEN'], publishedAt: expect.any(String) });
    const all = await t.http.get(`/api/clauses/${c.id}/versions`).set('Authorization', officer()).expect(200);
    expect(all.body.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    await t.http.get(`/api/clauses/${c.id}/versions/3`).set('Authorization', officer()).expect(404);
    await t.http.get(`/api/clauses/${c.id}/versions/x`).set('Authorization', officer()).expect(400);
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`, [c.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'NEW_VERSION']);
  });

  it('refuses new clauses and removals once published (409)', async () => {
    const p = await createProcurement(t);
    const c = await addClause(t, p.id, dialogueClause());
    await recordDecision(t, p.id);
    await publish(t, p.id);
    const res = await t.http.post(`/api/procurements/${p.id}/clauses`).set('Authorization', officer()).send(dialogueClause()).expect(409);
    expect(res.body.message).toMatch(/clauses can be added only to a draft/);
    await t.http.delete(`/api/clauses/${c.id}`).set('Authorization', officer()).expect(409);
    await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', officer()).send({ title: 'Ny' }).expect(409);
  });

  it('removes a draft clause and renumbers the rest', async () => {
    const p = await createProcurement(t);
    const a = await addClause(t, p.id, dialogueClause());
    await addClause(t, p.id, placementsClause());
    await addClause(t, p.id, initiativeClause());
    await t.http.delete(`/api/clauses/${a.id}`).set('Authorization', officer()).expect(204);
    const list = await t.http.get(`/api/procurements/${p.id}/clauses`).set('Authorization', officer()).expect(200);
    expect(list.body.map((c: { number: number; type: string }) => [c.number, c.type])).toEqual([
      [1, 'PLACEMENTS'],
      [2, 'INTEGRATION_INITIATIVE'],
    ]);
    await t.http.get(`/api/clauses/${a.id}`).set('Authorization', officer()).expect(404);
  });

  describe('publication rules and illegal transitions', () => {
    it('refuses to publish without a screening decision', async () => {
      const p = await createProcurement(t);
      await addClause(t, p.id, dialogueClause());
      const res = await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer()).expect(409);
      expect(res.body.message).toMatch(/no screening decision is recorded/);
    });

    it('refuses to publish when clauses are set but none is drafted, and when none is set but some are', async () => {
      const p = await createProcurement(t);
      await recordDecision(t, p.id, true);
      const none = await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer()).expect(409);
      expect(none.body.message).toMatch(/sets clauses, but the procurement has none/);
      await addClause(t, p.id, dialogueClause());
      await recordDecision(t, p.id, false);
      const extra = await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer()).expect(409);
      expect(extra.body.message).toMatch(/sets no clause, but the procurement has 1/);
    });

    it('publishes a procurement where the decision is to set no clause', async () => {
      const p = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
      await recordDecision(t, p.id, false);
      expect((await publish(t, p.id)).status).toBe('PUBLISHED');
    });

    it('refuses publication when a deadline no longer fits the shortened contract', async () => {
      const p = await createProcurement(t, { durationMonths: 24 });
      await addClause(t, p.id, placementsClause());
      await t.http.patch(`/api/procurements/${p.id}`).set('Authorization', officer()).send({ durationMonths: 12 }).expect(200);
      await recordDecision(t, p.id);
      const res = await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer()).expect(409);
      expect(res.body.message).toMatch(/clause 1: parameters.lines.1.deadline.date .* must not fall after the planned contract end/);
    });

    it.each([
      ['publish', 'PUBLISHED', /already PUBLISHED/],
      ['complete', 'PUBLISHED', /only an awarded procurement can be completed/],
    ])('refuses to %s a published procurement (409)', async (action, _status, reason) => {
      const p = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
      await recordDecision(t, p.id, false);
      await publish(t, p.id);
      const res = await t.http.post(`/api/procurements/${p.id}/${action}`).set('Authorization', officer()).expect(409);
      expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringMatching(reason) });
    });

    it('cancels a draft, then refuses any further change', async () => {
      const p = await createProcurement(t);
      const c = await addClause(t, p.id, dialogueClause());
      const cancelled = await t.http.post(`/api/procurements/${p.id}/cancel`).set('Authorization', officer()).expect(200);
      expect(cancelled.body.status).toBe('CANCELLED');
      const again = await t.http.post(`/api/procurements/${p.id}/cancel`).set('Authorization', officer()).expect(409);
      expect(again.body.message).toMatch(/already CANCELLED/);
      await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer()).expect(409);
      const edit = await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ title: 'x', changeReason: 'y' }).expect(409);
      expect(edit.body.message).toMatch(/CANCELLED: its clauses can no longer change/);
    });

    it('completes an awarded procurement (the award itself belongs to the contracts module)', async () => {
      const p = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
      await recordDecision(t, p.id, false);
      await publish(t, p.id);
      await t.dataSource.query(`UPDATE procurement SET status = 'AWARDED' WHERE id = $1`, [p.id]);
      const done = await t.http.post(`/api/procurements/${p.id}/complete`).set('Authorization', officer()).expect(200);
      expect(done.body.status).toBe('COMPLETED');
      await t.http.post(`/api/procurements/${p.id}/cancel`).set('Authorization', officer()).expect(409);
    });
  });

  describe('bad input', () => {
    let p: { id: string };
    beforeAll(async () => {
      p = await createProcurement(t, { durationMonths: 23 });
    });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['no lines', placementsClause({}, { lines: [] }), 'parameters.lines', /at least one placement line/],
      ['a deadline after the contract end', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { date: monthsFromToday(30) } }] }), 'parameters.lines.0.deadline.date', /must not fall after the planned contract end/],
      ['a contract month after the end', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { contractMonth: 24 } }] }), 'parameters.lines.0.deadline.contractMonth', /last month 23/],
      ['both deadline kinds', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { contractMonth: 2, date: monthsFromToday(3) } }] }), 'parameters.lines.0.deadline', /either a date or a contractMonth/],
      ['a line with neither full-time months nor both count and minimum length', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 2, minWorkingTimePercent: 100 }] }), 'parameters.lines.0.fullTimeMonths', /required unless both count and minLength are given/],
      ['a deadline with neither date nor month', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', fullTimeMonths: 12, minWorkingTimePercent: 100, deadline: {} }] }), 'parameters.lines.0.deadline', /either a date or a contractMonth/],
      ['a null minimum length', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', fullTimeMonths: 12, minLength: null, minWorkingTimePercent: 100 }] }), 'parameters.lines.0.minLength', /minLength/],
      ['a zero count', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 0, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { contractMonth: 2 } }] }), 'parameters.lines.0.count', /must not be less than 1/],
      ['too few full-time months', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 2, fullTimeMonths: 5, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 50, deadline: { contractMonth: 2 } }] }), 'parameters.lines.0.fullTimeMonths', /at least 6/],
      ['an unknown placement kind', placementsClause({}, { lines: [{ kind: 'VOLUNTEER', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { contractMonth: 2 } }] }), 'parameters.lines.0.kind', /must be one of/],
      ['a bad date', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { date: '2027-02-30' } }] }), 'parameters.lines.0.deadline.date', /must be a date/],
      ['working time over 100 %', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 120, deadline: { contractMonth: 2 } }] }), 'parameters.lines.0.minWorkingTimePercent', /must not be greater than 100/],
      ['a bonus cap below the rate', placementsClause({}, { bonus: { sekPerExtraFullTimeMonth: 10_000, maxSek: 5_000 } }), 'parameters.bonus.maxSek', /at least sekPerExtraFullTimeMonth/],
      ['an early start after the contract', placementsClause({}, { earlyStartWithinMonths: 30 }), 'parameters.earlyStartWithinMonths', /23 months/],
      ['an unknown parameter', placementsClause({}, { extra: 1 }), 'parameters.extra', /should not exist/],
      ['a dialogue without a contact unit', dialogueClause({ parameters: { firstMeetingWithinWeeks: 4, followUpMeetings: 1, cityContact: {} } }), 'parameters.cityContact.unit', /unit/],
      ['a first meeting after the contract', dialogueClause({ parameters: { firstMeetingWithinWeeks: 104, followUpMeetings: 1, cityContact: { unit: 'Jobbtorg' } } }), 'parameters.firstMeetingWithinWeeks', /99 weeks/],
      ['an initiative without milestones', initiativeClause({ parameters: { description: 'x', milestones: [] } }), 'parameters.milestones', /at least one milestone/],
      ['a milestone in the past', initiativeClause({ parameters: { description: 'x', milestones: [{ title: 'a', dueDate: '2020-01-01' }] } }), 'parameters.milestones.0.dueDate', /before the planned contract start/],
      ['a null deadline date', placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', count: 1, minLength: { value: 6, unit: 'MONTHS' }, minWorkingTimePercent: 100, deadline: { date: null } }] }), 'parameters.lines.0.deadline.date', /must be a date/],
      ['a null bonus', placementsClause({}, { bonus: null }), 'parameters.bonus', /bonus/],
      ['a null title', dialogueClause({ title: null }), 'title', /title must be a string/],
      ['no target group', dialogueClause({ targetGroups: [] }), 'targetGroups', /at least 1/],
      ['an unknown target group', dialogueClause({ targetGroups: ['PENSIONERS'] }), 'targetGroups', /must be one of/],
      ['an unknown type', dialogueClause({ type: 'QUOTA' }), 'type', /must be one of/],
      ['parameters that are not an object', dialogueClause({ parameters: 'x' }), 'parameters', /must be an object/],
    ])('refuses %s with a 400 naming the field', async (_name, body, field, pattern) => {
      const res = await t.http.post(`/api/procurements/${p.id}/clauses`).set('Authorization', officer()).send(body).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect(res.body.message).toMatch(pattern);
    });

    it('stores nothing for a refused clause', async () => {
      const list = await t.http.get(`/api/procurements/${p.id}/clauses`).set('Authorization', officer()).expect(200);
      expect(list.body).toEqual([]);
    });

    it('checks changed parameters against the clause type', async () => {
      const c = await addClause(t, p.id, dialogueClause());
      const res = await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ parameters: { lines: [] } }).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['parameters.lines', 'parameters.firstMeetingWithinWeeks']));
      await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ type: 'PLACEMENTS' }).expect(400);
      for (const field of ['title', 'targetGroups', 'parameters', 'reportingIntervalMonths']) {
        const res = await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ [field]: null }).expect(400);
        expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      }
    });
  });

  describe('roles', () => {
    it('hides clauses from suppliers and lets the pact office only read', async () => {
      const p = await createProcurement(t);
      const c = await addClause(t, p.id, dialogueClause());
      const supplier = t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001');
      await t.http.get(`/api/procurements/${p.id}/clauses`).set('Authorization', supplier).expect(403);
      await t.http.get(`/api/clauses/${c.id}`).set('Authorization', supplier).expect(403);
      await t.http.get(`/api/clauses/${c.id}/versions`).set('Authorization', supplier).expect(403);
      await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', supplier).send({ title: 'x' }).expect(403);
      await t.http.post(`/api/procurements/${p.id}/clauses`).set('Authorization', t.auth(Role.PactOffice)).send(dialogueClause()).expect(403);
      await t.http.delete(`/api/clauses/${c.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(403);
      await t.http.get(`/api/clauses/${c.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    });
  });
});
