import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import { insertPactMember } from './support/results-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Recruitment events (rekryteringstillfällen)', () => {
  let t: TestApp;
  let alfa: string;
  let beta: string;
  let member: string;
  beforeAll(async () => {
    t = await createTestApp();
    alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(51) })).id;
    beta = (await createSupplier(t, { name: 'Beta Bygg AB', orgNumber: orgNumber(52) })).id;
    member = await insertPactMember(t.dataSource, 'Café Jobbpartner AB', orgNumber(53));
  });
  afterAll(() => t.close());

  const input = (over: Record<string, unknown> = {}) => ({
    heldOn: '2026-03-12', title: 'Mässa lokalvård', organiser: 'Jobbtorg Stockholm', district: 'Rinkeby-Kista',
    supplierIds: [alfa], pactMemberIds: [member],
    attendance: [{ gender: 'WOMAN', ageBand: '16-19', attendees: 5 }, { gender: 'MAN', ageBand: '20-24', attendees: 3 }],
    interviews: 6, offers: 3, hires: 2, ...over,
  });
  const post = (body: unknown, role: Role = Role.Matcher) => t.http.post('/api/recruitment-events').set('Authorization', t.auth(role)).send(body as object);
  const fieldsOf = (body: { fields: { field: string; codes: { code: string }[] }[] }) => body.fields.map((f) => [f.field, f.codes[0].code]);

  it('records an event with its participants by name and its attendance, audited, once per Idempotency-Key', async () => {
    // One token: a development token's subject, which scopes the key, is new with every token.
    const matcher = t.auth(Role.Matcher);
    const send = () => t.http.post('/api/recruitment-events').set('Authorization', matcher).set('Idempotency-Key', 'massa-1').send(input());
    const first = await send().expect(201);
    expect(first.body).toMatchObject({
      heldOn: '2026-03-12', title: 'Mässa lokalvård', organiser: 'Jobbtorg Stockholm', district: 'Rinkeby-Kista',
      supplierIds: [alfa], pactMemberIds: [member],
      participants: [{ type: 'SUPPLIER', id: alfa, name: 'Alfa Städ AB' }, { type: 'PACT_MEMBER', id: member, name: 'Café Jobbpartner AB' }],
      attendeesTotal: 8, interviews: 6, offers: 3, hires: 2, outcomeNotes: '',
    });
    const again = await send().expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM recruitment_event`);
    expect(count).toBe(1);
    const audit = await t.dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'recruitment_event' AND entity_id = $1`, [first.body.id]);
    expect(audit).toEqual([{ action: 'CREATE' }]);
  });

  it('refuses bad input with a 400 naming the field', async () => {
    expect(fieldsOf((await post(input({ heldOn: '2026-02-30' })).expect(400)).body)).toEqual([['heldOn', expect.any(String)]]);
    expect(fieldsOf((await post(input({ interviews: -1 })).expect(400)).body)).toEqual([['interviews', 'FIELD_MIN']]);
    expect(fieldsOf((await post(input({ hires: 1.5 })).expect(400)).body)).toEqual([['hires', 'FIELD_NOT_INTEGER']]);
    const twice = input({ attendance: [{ gender: 'WOMAN', ageBand: '16-19', attendees: 5 }, { gender: 'WOMAN', ageBand: '16-19', attendees: 1 }] });
    expect(fieldsOf((await post(twice).expect(400)).body)).toEqual([['attendance', 'RECRUITMENT_EVENT_ATTENDANCE_UNIQUE']]);
    const unknown = '00000000-0000-4000-8000-000000000001';
    const missing = await post(input({ supplierIds: [alfa, unknown], pactMemberIds: [unknown] })).expect(400);
    expect(fieldsOf(missing.body)).toEqual([
      ['supplierIds', 'RECRUITMENT_EVENT_UNKNOWN_PARTICIPANTS'],
      ['pactMemberIds', 'RECRUITMENT_EVENT_UNKNOWN_PARTICIPANTS'],
    ]);
    expect(fieldsOf((await post(input({ attendance: [{ gender: 'WOMAN', ageBand: '16-19', attendees: 0 }] })).expect(400)).body)).toEqual([
      ['attendance.0.attendees', 'FIELD_MIN'],
    ]);
  });

  it('corrects an event: a list given replaces the list, the rest stays, and the change is audited', async () => {
    const created = (await post(input({ heldOn: '2026-04-08', title: 'Bygg' }), Role.PactOffice).expect(201)).body;
    const { body } = await t.http
      .patch(`/api/recruitment-events/${created.id}`)
      .set('Authorization', t.auth(Role.Matcher))
      .send({ supplierIds: [beta], attendance: [{ gender: 'OTHER', ageBand: '50+', attendees: 1 }], hires: 1 })
      .expect(200);
    expect(body).toMatchObject({ title: 'Bygg', supplierIds: [beta], pactMemberIds: [member], attendeesTotal: 1, hires: 1, interviews: 6 });
    const audit = await t.dataSource.query(`SELECT action, before->'supplierIds' AS before FROM audit_event WHERE entity_id = $1 ORDER BY occurred_at`, [created.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audit[1].before).toEqual([alfa]);
    await t.http.patch(`/api/recruitment-events/${created.id}`).set('Authorization', t.auth(Role.Matcher)).send({ offers: -2 }).expect(400);
    for (const field of ['title', 'outcomeNotes', 'attendance', 'hires']) {
      const refused = await t.http.patch(`/api/recruitment-events/${created.id}`).set('Authorization', t.auth(Role.Matcher)).send({ [field]: null }).expect(400);
      expect(refused.body.fields[0].field).toBe(field);
    }
    const cleared = await t.http.patch(`/api/recruitment-events/${created.id}`).set('Authorization', t.auth(Role.Matcher)).send({ district: null }).expect(200);
    expect(cleared.body.district).toBeNull();
    await t.http.patch('/api/recruitment-events/00000000-0000-4000-8000-000000000002').set('Authorization', t.auth(Role.Matcher)).send({ hires: 1 }).expect(404);
  });

  it('lists by period, newest first; a supplier sees and reads only the events it took part in', async () => {
    const list = async (auth: string, query = '') => (await t.http.get(`/api/recruitment-events${query}`).set('Authorization', auth).expect(200)).body;
    const all = await list(t.auth(Role.Officer));
    expect(all.items.map((e: { heldOn: string }) => e.heldOn)).toEqual(['2026-04-08', '2026-03-12']);
    expect((await list(t.auth(Role.Matcher), '?from=2026-04-01&to=2026-04-30')).items.map((e: { title: string }) => e.title)).toEqual(['Bygg']);
    const [bygg, massa] = all.items;
    expect((await list(t.auth(Role.Supplier, alfa))).items.map((e: { id: string }) => e.id)).toEqual([massa.id]);
    expect((await list(t.auth(Role.Supplier, beta))).items.map((e: { id: string }) => e.id)).toEqual([bygg.id]);
    await t.http.get(`/api/recruitment-events/${massa.id}`).set('Authorization', t.auth(Role.Supplier, alfa)).expect(200);
    await t.http.get(`/api/recruitment-events/${massa.id}`).set('Authorization', t.auth(Role.Supplier, beta)).expect(404);
    await t.http.post('/api/recruitment-events').set('Authorization', t.auth(Role.Supplier, alfa)).send(input()).expect(403);
    await t.http.patch(`/api/recruitment-events/${massa.id}`).set('Authorization', t.auth(Role.Officer)).send({ hires: 0 }).expect(403);
  });
});
