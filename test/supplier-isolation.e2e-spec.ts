import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('A supplier token never reaches another supplier’s contract', () => {
  let t: TestApp;
  let a: AwardedContract;
  let b: AwardedContract;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    a = await createAwardedContract(t);
    b = await createAwardedContract(t);
    const auth = t.auth(Role.Supplier, a.supplierId);
    const [placements, dialogue, initiative] = a.clauseIds;
    const clause = (id: string) => `/api/contracts/${a.contractId}/clauses/${id}`;
    ids.placement = (await t.http.post(`${clause(placements)}/placements`).set('Authorization', auth).send(placementInput())).body.id;
    ids.meeting = (await t.http.post(`${clause(dialogue)}/dialogue-meetings`).set('Authorization', auth)
      .send({ meetingKind: 'FIRST', heldOn: '2026-02-10', participants: 'HR', outcome: 'Praktikplatser' })).body.id;
    ids.progress = (await t.http.post(`${clause(initiative)}/initiative-progress`).set('Authorization', auth)
      .send({ milestoneTitle: 'Start', progressStatus: 'IN_PROGRESS', reportedOn: '2026-03-01', description: 'Planering' })).body.id;
    ids.evidence = (await t.http.post(`/api/contracts/${a.contractId}/reports/placements/${ids.placement}/evidence`).set('Authorization', auth)
      .attach('file', PNG, 'bevis.png')).body.id;
    for (const [name, id] of Object.entries(ids)) if (!id) throw new Error(`fixture ${name} was not created`);
  });
  afterAll(async () => { await t.close(); });

  type Call = [string, 'get' | 'post' | 'patch' | 'put', () => string, (() => Record<string, unknown>)?, boolean?];
  interface Route { name: string; method: Call[1]; path: Call[2]; body?: Call[3]; multipart?: boolean }
  const c = () => `/api/contracts/${a.contractId}`;
  const calls: Call[] = [
    ['read the contract', 'get', () => c()],
    ['list its clauses', 'get', () => `${c()}/clauses`],
    ['read a clause', 'get', () => `${c()}/clauses/${a.clauseIds[0]}`],
    ['read a clause status', 'get', () => `${c()}/clauses/${a.clauseIds[0]}/status`],
    ['list placements', 'get', () => `${c()}/clauses/${a.clauseIds[0]}/placements`],
    ['read a placement', 'get', () => `${c()}/clauses/${a.clauseIds[0]}/placements/${ids.placement}`],
    ['report a placement', 'post', () => `${c()}/clauses/${a.clauseIds[0]}/placements`, () => placementInput()],
    ['upload placements', 'post', () => `${c()}/clauses/${a.clauseIds[0]}/placements/csv`, undefined, true],
    ['download the CSV template', 'get', () => `${c()}/clauses/${a.clauseIds[0]}/placements/template.csv`],
    ['download the Excel template', 'get', () => `${c()}/clauses/${a.clauseIds[0]}/placements/template.xlsx`],
    ['update a placement', 'patch', () => `${c()}/clauses/${a.clauseIds[0]}/placements/${ids.placement}`, () => ({ workingTimePercent: 80 })],
    ['list dialogue meetings', 'get', () => `${c()}/clauses/${a.clauseIds[1]}/dialogue-meetings`],
    ['report a dialogue meeting', 'post', () => `${c()}/clauses/${a.clauseIds[1]}/dialogue-meetings`,
      () => ({ meetingKind: 'FOLLOW_UP', heldOn: '2026-04-10', participants: 'HR', outcome: 'Uppföljning' })],
    ['update a dialogue meeting', 'patch', () => `${c()}/clauses/${a.clauseIds[1]}/dialogue-meetings/${ids.meeting}`, () => ({ outcome: 'Ändrat' })],
    ['list initiative progress', 'get', () => `${c()}/clauses/${a.clauseIds[2]}/initiative-progress`],
    ['report initiative progress', 'post', () => `${c()}/clauses/${a.clauseIds[2]}/initiative-progress`,
      () => ({ milestoneTitle: 'Start', progressStatus: 'IN_PROGRESS', reportedOn: '2026-04-01', description: 'Pågår' })],
    ['update initiative progress', 'patch', () => `${c()}/clauses/${a.clauseIds[2]}/initiative-progress/${ids.progress}`, () => ({ description: 'Ändrat' })],
    ['attach evidence', 'post', () => `${c()}/reports/placements/${ids.placement}/evidence`, undefined, true],
    ['list evidence', 'get', () => `${c()}/reports/placements/${ids.placement}/evidence`],
    ['download evidence', 'get', () => `${c()}/evidence/${ids.evidence}/content`],
    ['file a recovery plan', 'post', () => `${c()}/clauses/${a.clauseIds[0]}/recovery-plans`, () => ({ actions: 'Rekrytera', expectedBackOnTrack: '2026-09-30' })],
    ['list recovery plans', 'get', () => `${c()}/clauses/${a.clauseIds[0]}/recovery-plans`],
    ['submit a reporting period', 'post', () => `${c()}/clauses/${a.clauseIds[0]}/periods/1/submission`, () => ({ comment: 'Klart' })],
    ['read the audit trail', 'get', () => `${c()}/audit`],
    ['withdraw a report', 'post', () => `${c()}/reports/placements/${ids.placement}/withdrawal`, () => ({ reason: 'Fel avtal' })],
    ['verify a report', 'put', () => `${c()}/reports/placements/${ids.placement}/verification`, () => ({ status: 'ACCEPTED' })],
  ];

  const routes: Route[] = calls.map(([name, method, path, body, multipart]) => ({ name, method, path, body, multipart }));

  it.each(routes)('supplier B cannot $name of supplier A', async ({ method, path, body, multipart }) => {
    const before = await t.dataSource.query(`SELECT count(*) FROM audit_event`);
    let req = t.http[method](path()).set('Authorization', t.auth(Role.Supplier, b.supplierId));
    if (multipart) req = req.attach('file', PNG, 'bevis.png');
    const res = body ? await req.send(body()) : await req;
    expect([403, 404]).toContain(res.status);
    expect(JSON.stringify(res.body)).not.toContain(a.supplierId);
    expect(await t.dataSource.query(`SELECT count(*) FROM audit_event`)).toEqual(before);
  });

  it.each(routes.filter((r) => r.method === 'get' && r.name !== 'read the audit trail'))('supplier A itself can $name', async ({ path }) => {
    expect((await t.http.get(path()).set('Authorization', t.auth(Role.Supplier, a.supplierId))).status).toBe(200);
  });

  it('lists only the supplier’s own contracts and questioned reports', async () => {
    await t.http.put(`/api/contracts/${a.contractId}/reports/placements/${ids.placement}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send({ status: 'QUESTIONED', reason: 'Avtal saknas' });
    const contracts = await t.http.get('/api/contracts').set('Authorization', t.auth(Role.Supplier, b.supplierId));
    expect(contracts.body.items.map((x: { id: string }) => x.id)).toEqual([b.contractId]);
    const questioned = await t.http.get('/api/follow-up/questioned-reports').query({ supplierId: a.supplierId })
      .set('Authorization', t.auth(Role.Supplier, b.supplierId));
    expect(questioned.body.total).toBe(0);
    const forA = await t.http.get('/api/follow-up/questioned-reports').set('Authorization', t.auth(Role.Supplier, a.supplierId));
    expect(forA.body.total).toBe(1);
  });

  it('keeps the pact office’s lists from suppliers', async () => {
    for (const path of ['/api/follow-up/overdue-reports', '/api/follow-up/clauses', '/api/audit']) {
      expect((await t.http.get(path).set('Authorization', t.auth(Role.Supplier, a.supplierId))).status).toBe(403);
    }
  });
});
