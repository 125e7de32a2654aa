import { Role } from '../src/auth/role';
import { addDays, addMonths, todayInStockholm } from '../src/common/calendar';
import { createSupplier, orgNumber } from './support/factories';
import { addClause, createProcurement, placementsClause, publish, recordDecision } from './support/procurement-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Publishing on a day: today by default, an earlier day for a procurement published before it was registered', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());
  const officer = () => t.auth(Role.Officer);
  const today = todayInStockholm();

  /** A draft with a screening decision and one placements clause, ready to publish. */
  async function ready(overrides: Record<string, unknown> = {}): Promise<{ id: string }> {
    const p = await createProcurement(t, overrides);
    await addClause(t, p.id, placementsClause());
    await recordDecision(t, p.id);
    return p;
  }

  const stockholmDay = async (table: 'procurement' | 'clause_version', column: string, id: string): Promise<string[]> =>
    (await t.dataSource.query(
      `SELECT to_char(published_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day FROM ${table} WHERE ${column} = $1`, [id],
    )).map((r: { day: string }) => r.day);

  it('publishes today without a body, as before', async () => {
    const p = await ready();
    const published = await publish(t, p.id);
    expect(todayInStockholm(new Date(published.publishedAt as string))).toBe(today);
  });

  it('registers an earlier publication day: that day’s Stockholm midnight on the procurement and its clauses, audited', async () => {
    const day = addMonths(today, -6);
    const p = await ready();
    const published = await publish(t, p.id, day);
    expect(published).toMatchObject({ status: 'PUBLISHED' });
    expect(await stockholmDay('procurement', 'id', p.id)).toEqual([day]);
    const [{ midnight }] = await t.dataSource.query(
      `SELECT published_at = ($2::date)::timestamp AT TIME ZONE 'Europe/Stockholm' AS midnight FROM procurement WHERE id = $1`, [p.id, day],
    );
    expect(midnight).toBe(true);
    const [clause] = await t.dataSource.query(`SELECT id FROM clause WHERE procurement_id = $1`, [p.id]);
    expect(await stockholmDay('clause_version', 'clause_id', clause.id)).toEqual([day]);

    const [audit] = await t.dataSource.query(
      `SELECT after->>'publishedAt' AS "publishedAt" FROM audit_event WHERE entity_id = $1 AND action = 'STATUS_CHANGE'`, [p.id],
    );
    expect(audit.publishedAt).toBe(published.publishedAt);
  });

  it('re-checks the clause dates against a contract starting on the publication day', async () => {
    // The internship deadline, 18 months from now, fits 24 months from today but not from a year ago.
    const p = await ready({ durationMonths: 24 });
    const res = await t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer())
      .send({ publishedOn: addMonths(today, -12) }).expect(409);
    expect(res.body.message).toMatch(/parameters.lines.1.deadline.date .* must not fall after the planned contract end/);
  });

  it('refuses a day still to come, a malformed day and an unknown property with a 400 naming the field; the draft stays', async () => {
    const p = await ready();
    const send = (body: object) => t.http.post(`/api/procurements/${p.id}/publish`).set('Authorization', officer()).send(body);
    const tomorrow = await send({ publishedOn: addDays(today, 1) }).expect(400);
    expect(tomorrow.body.fields).toMatchObject([{ field: 'publishedOn', messages: [expect.stringMatching(/must not be after today/)] }]);
    expect((await send({ publishedOn: '2026-02-30' }).expect(400)).body.fields[0].field).toBe('publishedOn');
    expect((await send({ publishedAt: today }).expect(400)).body.fields[0].field).toBe('publishedAt');
    expect((await t.http.get(`/api/procurements/${p.id}`).set('Authorization', officer())).body.status).toBe('DRAFT');
  });

  it('awards a contract starting on or after the publication day, never before it', async () => {
    const day = addMonths(today, -3);
    const p = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
    await recordDecision(t, p.id, false);
    await publish(t, p.id, day);
    const supplier = await createSupplier(t, { orgNumber: orgNumber(41) });
    const award = (startDate: string) => t.http.post(`/api/procurements/${p.id}/award`).set('Authorization', officer())
      .send({ supplierId: supplier.id, startDate, endDate: addMonths(day, 24) });

    const early = await award(addMonths(day, -1)).expect(400);
    expect(early.body.fields).toMatchObject([
      { field: 'startDate', messages: [`startDate ${addMonths(day, -1)} must not be before the publication date ${day}`] },
    ]);
    expect((await award(day).expect(201)).body).toMatchObject({ startDate: day });
  });
});
