import { Role } from '../src/auth/role';
import { addMonths, todayInStockholm } from '../src/common/calendar';
import { contractPhase } from '../src/contracts/contract-phase';
import { createSupplier, orgNumber } from './support/factories';
import { AwardedContract, createAwardedContract, placementInput } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Story: staff find contracts, procurements and follow-up items by text, status, unit, supplier and period. */
describe('Search and filters on the lists', () => {
  let t: TestApp;
  let running: AwardedContract;
  let ended: AwardedContract;
  let upcoming: AwardedContract;
  const today = todayInStockholm();
  const staff = () => t.auth(Role.PactOffice);
  const get = (path: string, query: Record<string, unknown>, auth = staff()) => t.http.get(path).query(query).set('Authorization', auth);
  const ids = (res: { body: { items: { id?: string; contractId?: string }[] } }) => res.body.items.map((i) => i.id ?? i.contractId).sort();

  beforeAll(async () => {
    t = await createTestApp();
    const gron = (await createSupplier(t, { orgNumber: orgNumber(901), name: 'Gröna Städ AB' })).id;
    const bygg = (await createSupplier(t, { orgNumber: orgNumber(902), name: 'Byggservice Norr AB' })).id;
    running = await createAwardedContract(t, { supplierId: gron, startDate: addMonths(today, -8), endDate: addMonths(today, 16), contractingUnit: 'Trafiknämnden' });
    ended = await createAwardedContract(t, { supplierId: bygg, startDate: '2024-01-01', endDate: '2025-06-30', contractingUnit: 'Idrottsnämnden' });
    upcoming = await createAwardedContract(t, { supplierId: bygg, startDate: addMonths(today, 2), endDate: addMonths(today, 26), contractingUnit: 'Trafiknämnden' });
  });
  afterAll(async () => { await t.close(); });

  it('filters contracts by where they stand today, as each contract’s own phase says', async () => {
    const all = await get('/api/contracts', { limit: 200 });
    expect(all.body.total).toBe(3);
    for (const status of ['UPCOMING', 'ACTIVE', 'ENDED']) {
      const res = await get('/api/contracts', { status });
      expect(res.status).toBe(200);
      const want = all.body.items.filter((c: { startDate: string; endDate: string }) => contractPhase(c.startDate, c.endDate, today) === status);
      expect(ids(res)).toEqual(want.map((c: { id: string }) => c.id).sort());
      expect(res.body.items.every((c: { phase: string }) => c.phase === status)).toBe(true);
    }
    expect(ids(await get('/api/contracts', { status: 'ENDED' }))).toEqual([ended.contractId]);
  });

  it('searches contracts by supplier name, reference number and title, and filters by unit, supplier and period', async () => {
    const byName = await get('/api/contracts', { q: 'gröna' });
    expect(ids(byName)).toEqual([running.contractId]);
    expect(byName.body.items[0]).toMatchObject({ supplierName: 'Gröna Städ AB', contractingUnit: 'Trafiknämnden' });
    const reference = (await get(`/api/contracts/${upcoming.contractId}`, {})).body.referenceNumber as string;
    expect(ids(await get('/api/contracts', { q: reference.slice(-6) }))).toEqual([upcoming.contractId]);
    expect((await get('/api/contracts', { q: 'ytterstaden' })).body.total).toBe(3);
    expect((await get('/api/contracts', { q: '100%_' })).body.total).toBe(0);
    expect(ids(await get('/api/contracts', { contractingUnit: 'Trafiknämnden' }))).toEqual([running.contractId, upcoming.contractId].sort());
    expect(ids(await get('/api/contracts', { supplierId: ended.supplierId }))).toEqual([ended.contractId, upcoming.contractId].sort());
    // Contracts whose period overlaps 2025: only the ended one ran then.
    expect(ids(await get('/api/contracts', { from: '2025-01-01', to: '2025-12-31' }))).toEqual([ended.contractId]);
    expect(ids(await get('/api/contracts', { from: addMonths(today, 1) }))).toEqual([running.contractId, upcoming.contractId].sort());
    expect(ids(await get('/api/contracts', { to: '2025-06-30' }))).toEqual([ended.contractId]);
  });

  it('keeps a supplier to its own contracts whatever it searches for', async () => {
    const supplier = t.auth(Role.Supplier, running.supplierId);
    expect(ids(await get('/api/contracts', { q: 'Byggservice' }, supplier))).toEqual([]);
    expect(ids(await get('/api/contracts', { supplierId: ended.supplierId }, supplier))).toEqual([]);
    expect(ids(await get('/api/contracts', { q: 'ytterstaden' }, supplier))).toEqual([running.contractId]);
  });

  it('answers 400 naming the field for a bad status, date or period', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['/api/contracts', { status: 'RUNNING' }, 'status'],
      ['/api/contracts', { from: '2026-02-30' }, 'from'],
      ['/api/contracts', { from: '2026-06-01', to: '2026-05-31' }, 'to'],
      ['/api/contracts', { q: 'x'.repeat(101) }, 'q'],
      ['/api/procurements', { supplierId: 'someone' }, 'supplierId'],
      ['/api/procurements', { to: 'yesterday' }, 'to'],
      ['/api/follow-up/questioned-reports', { from: '2026-06-01', to: '2026-01-01' }, 'to'],
      ['/api/follow-up/clauses', { supplierId: '42' }, 'supplierId'],
      ['/api/follow-up/remedy-requests', { from: '31/12/2026' }, 'from'],
    ];
    for (const [path, query, field] of cases) {
      const res = await get(path, query);
      expect({ path, status: res.status, fields: res.body.fields?.map((f: { field: string }) => f.field) }).toEqual({ path, status: 400, fields: [field] });
    }
  });

  it('searches procurements by the awarded supplier’s name and filters them by supplier and the day they were registered', async () => {
    const byName = await get('/api/procurements', { q: 'Byggservice' });
    expect(ids(byName)).toEqual([ended.procurementId, upcoming.procurementId].sort());
    expect(ids(await get('/api/procurements', { supplierId: running.supplierId }))).toEqual([running.procurementId]);
    expect((await get('/api/procurements', { from: today, to: today })).body.total).toBe(3);
    expect((await get('/api/procurements', { to: '2025-12-31' })).body.total).toBe(0);
  });

  it('filters the follow-up lists by supplier and period', async () => {
    const placement = await t.http.post(`/api/contracts/${running.contractId}/clauses/${running.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, running.supplierId)).send(placementInput({ offeredDate: addMonths(today, -6), startDate: addMonths(today, -5), endDate: addMonths(today, 1) })).expect(201);
    await t.http.put(`/api/contracts/${running.contractId}/reports/placements/${placement.body.id}/verification`).set('Authorization', staff())
      .send({ status: 'QUESTIONED', reason: 'Anställningsavtal saknas' }).expect(200);
    expect(ids(await get('/api/follow-up/questioned-reports', { supplierId: running.supplierId }))).toEqual([running.contractId]);
    expect((await get('/api/follow-up/questioned-reports', { supplierId: ended.supplierId })).body.total).toBe(0);
    expect((await get('/api/follow-up/questioned-reports', { to: '2025-12-31' })).body.total).toBe(0);

    const overdueRunning = await get('/api/follow-up/overdue-reports', { supplierId: running.supplierId });
    expect(overdueRunning.body.total).toBeGreaterThan(0);
    expect(new Set(ids(overdueRunning))).toEqual(new Set([running.contractId]));
    const in2025 = await get('/api/follow-up/overdue-reports', { from: '2025-01-01', to: '2025-12-31' });
    expect(new Set(ids(in2025))).toEqual(new Set([ended.contractId]));

    const clauses = await get('/api/follow-up/clauses', { status: 'AT_RISK,NOT_FULFILLED,ON_TRACK,NOT_STARTED,FULFILLED', supplierId: running.supplierId, limit: 200 });
    expect(clauses.body.total).toBe(3);
    expect(new Set(ids(clauses))).toEqual(new Set([running.contractId]));
    expect((await get('/api/follow-up/remedy-requests', { supplierId: running.supplierId, from: '2025-01-01' })).status).toBe(200);
  });
});
