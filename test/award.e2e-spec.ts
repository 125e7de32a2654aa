import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { allClauseTypes, createAwardedContract, createFollowUpSupplier, createPublishedProcurement, placementsParameters } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Award a published procurement', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp({}, { acceptLanguage: 'en' }); });
  afterAll(async () => { await t.close(); });

  const award = (procurementId: string, body: Record<string, unknown>, role = Role.Officer) =>
    t.http.post(`/api/procurements/${procurementId}/award`)
      .set('Authorization', t.auth(role, role === Role.Supplier ? (body.supplierId as string) : undefined)).send(body);

  it('creates the contract, sets AWARDED, opens a quarterly schedule per clause and audits it', async () => {
    const supplierId = await createFollowUpSupplier(t);
    const procurement = await createPublishedProcurement(t, [
      ...allClauseTypes(), { type: ClauseType.Placements, parameters: placementsParameters(), reportingIntervalMonths: 6 },
    ]);
    const res = await award(procurement.id, { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ procurementId: procurement.id, supplierId, startDate: '2026-01-01', endDate: '2026-12-31', contractingUnit: 'Arbetsmarknadsnämnden' });
    expect(res.body.supplierContactInvitation).toEqual({ email: expect.stringContaining('@'), alreadyUser: false });

    const [{ status }] = await t.dataSource.query(`SELECT status FROM procurement WHERE id = $1`, [procurement.id]);
    expect(status).toBe('AWARDED');

    const clauses = await t.http.get(`/api/contracts/${res.body.id}/clauses`).set('Authorization', t.auth(Role.Supplier, supplierId));
    expect(clauses.status).toBe(200);
    expect(clauses.body.map((c: { periods: unknown[] }) => c.periods.length)).toEqual([4, 4, 4, 2]);
    expect(clauses.body[0].periods[0]).toMatchObject({ number: 1, periodStart: '2026-01-01', periodEnd: '2026-03-31', dueDate: '2026-04-30', submittedAt: null });

    const audit = await t.http.get('/api/audit').query({ entityId: procurement.id }).set('Authorization', t.auth(Role.PactOffice));
    expect(audit.body.items[0]).toMatchObject({ action: 'STATUS_CHANGE', before: { status: 'PUBLISHED' }, after: { status: 'AWARDED' } });
    const contractAudit = await t.http.get('/api/audit').query({ entityType: 'contract', entityId: res.body.id }).set('Authorization', t.auth(Role.PactOffice));
    expect(contractAudit.body.items[0]).toMatchObject({ action: 'CREATE', actorRole: 'officer' });
  });

  it('answers 409 for a procurement that is already awarded or still a draft', async () => {
    const { procurementId, supplierId } = await createAwardedContract(t);
    const again = await award(procurementId, { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain('AWARDED');

    const draft = await createPublishedProcurement(t, allClauseTypes(), { status: 'DRAFT' });
    expect((await award(draft.id, { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' })).status).toBe(409);
  });

  it('awards a procurement once when officers race', async () => {
    const supplierId = await createFollowUpSupplier(t);
    const procurement = await createPublishedProcurement(t);
    const responses = await Promise.all(Array.from({ length: 5 }, () => award(procurement.id, { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const [{ count }] = await t.dataSource.query(`SELECT count(*) FROM contract WHERE procurement_id = $1`, [procurement.id]);
    expect(count).toBe('1');
  });

  it('answers 404 for an unknown procurement and 400 naming the field for bad input', async () => {
    const supplierId = await createFollowUpSupplier(t);
    const procurement = await createPublishedProcurement(t);
    expect((await award('6f1c2d3e-0000-4000-8000-000000000000', { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' })).status).toBe(404);

    const backwards = await award(procurement.id, { supplierId, startDate: '2026-06-01', endDate: '2026-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toMatchObject([{ field: 'endDate', messages: ['endDate must be after startDate'] }]);

    const unknownSupplier = await award(procurement.id, { supplierId: '6f1c2d3e-0000-4000-8000-000000000000', startDate: '2026-01-01', endDate: '2026-12-31' });
    expect(unknownSupplier.status).toBe(400);
    expect(unknownSupplier.body.fields[0].field).toBe('supplierId');

    const beforePublication = await award(procurement.id, { supplierId, startDate: '2025-12-31', endDate: '2026-12-31' });
    expect(beforePublication.status).toBe(400);
    expect(beforePublication.body.fields).toMatchObject([
      { field: 'startDate', messages: ['startDate 2025-12-31 must not be before the publication date 2026-01-01'] },
    ]);

    const badDate = await award(procurement.id, { supplierId, startDate: '1 mars', endDate: '2026-12-31' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.fields[0].field).toBe('startDate');

    const [{ status }] = await t.dataSource.query(`SELECT status FROM procurement WHERE id = $1`, [procurement.id]);
    expect(status).toBe('PUBLISHED');
  });

  it('is for officers only', async () => {
    const supplierId = await createFollowUpSupplier(t);
    const procurement = await createPublishedProcurement(t);
    expect((await award(procurement.id, { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' }, Role.Supplier)).status).toBe(403);
    expect((await award(procurement.id, { supplierId, startDate: '2026-01-01', endDate: '2026-12-31' }, Role.PactOffice)).status).toBe(403);
  });

  it('gives the supplier access to its own contract only', async () => {
    const a = await createAwardedContract(t);
    const b = await createAwardedContract(t);
    const list = await t.http.get('/api/contracts').set('Authorization', t.auth(Role.Supplier, a.supplierId));
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([a.contractId]);
    expect((await t.http.get(`/api/contracts/${a.contractId}`).set('Authorization', t.auth(Role.Supplier, a.supplierId))).status).toBe(200);
    expect((await t.http.get(`/api/contracts/${b.contractId}`).set('Authorization', t.auth(Role.Supplier, a.supplierId))).status).toBe(404);
    const all = await t.http.get('/api/contracts').set('Authorization', t.auth(Role.PactOffice));
    expect(all.body.total).toBeGreaterThanOrEqual(2);
  });
});
